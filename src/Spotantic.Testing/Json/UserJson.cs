using System.Text.Json;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing.Json;

/// <summary>PrivateUserObject, PublicUserObject and the user objects embedded in playlists.</summary>
internal static class UserJson
{
    /// <summary>
    /// The current user's profile. <c>email</c> needs <c>user-read-email</c>; <c>country</c>, <c>product</c> and
    /// <c>explicit_content</c> need <c>user-read-private</c>; without them the fields are left out, as Spotify does.
    /// </summary>
    public static void WritePrivate(Utf8JsonWriter writer, EmulatorUser user, RenderContext context, bool includeEmail, bool includePrivate)
    {
        // Development-mode apps get none of these, whatever the scopes.
        includeEmail &= context.Sends("user", "email");
        includePrivate &= context.Sends("user", "country");
        writer.WriteStartObject();
        writer.WriteString("account_id", user.AccountId);
        if (includePrivate)
        {
            writer.WriteString("country", user.Country);
        }

        writer.WriteString("display_name", user.DisplayName);
        if (includeEmail)
        {
            writer.WriteString("email", user.Email);
        }

        if (includePrivate)
        {
            writer.WriteStartObject("explicit_content");
            writer.WriteBoolean("filter_enabled", false);
            writer.WriteBoolean("filter_locked", false);
            writer.WriteEndObject();
        }

        CommonJson.WriteExternalUrls(writer, "user", user.Id);
        if (context.Sends("user", "followers"))
        {
            CommonJson.WriteFollowers(writer, user.Followers);
        }

        writer.WriteString("href", context.Href("users", user.Id));
        writer.WriteString("id", user.Id);
        CommonJson.WriteImages(writer, user.Id, [300, 64]);
        if (includePrivate)
        {
            writer.WriteString("product", user.Product);
        }

        writer.WriteString("type", "user");
        writer.WriteString("uri", user.Uri);
        writer.WriteEndObject();
    }

    public static void WritePublic(Utf8JsonWriter writer, EmulatorUser user, RenderContext context)
    {
        writer.WriteStartObject();
        writer.WriteString("display_name", user.DisplayName);
        CommonJson.WriteExternalUrls(writer, "user", user.Id);
        CommonJson.WriteFollowers(writer, user.Followers);
        writer.WriteString("href", context.Href("users", user.Id));
        writer.WriteString("id", user.Id);
        CommonJson.WriteImages(writer, user.Id, [300, 64]);
        writer.WriteString("type", "user");
        writer.WriteString("uri", user.Uri);
        writer.WriteEndObject();
    }

    /// <summary>PlaylistOwnerObject (<paramref name="includeDisplayName"/>) or PlaylistUserObject.</summary>
    public static void WritePlaylistUser(Utf8JsonWriter writer, string userId, string? displayName, RenderContext context, bool includeDisplayName)
    {
        writer.WriteStartObject();
        CommonJson.WriteExternalUrls(writer, "user", userId);
        writer.WriteString("href", context.Href("users", userId));
        writer.WriteString("id", userId);
        writer.WriteString("type", "user");
        writer.WriteString("uri", "spotify:user:" + userId);
        if (includeDisplayName)
        {
            writer.WriteString("display_name", displayName);
        }

        writer.WriteEndObject();
    }
}
