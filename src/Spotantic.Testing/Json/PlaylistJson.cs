using System.Security.Cryptography;
using System.Text.Json;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing.Json;

/// <summary>PlaylistObject, SimplifiedPlaylistObject, PlaylistTrackObject and playlist cover images.</summary>
internal static class PlaylistJson
{
    /// <summary>
    /// The size of the page of items embedded in a PlaylistObject: the largest page <c>/playlists/{id}/items</c> accepts
    /// (50 in the spec), so that the embedded page's <c>next</c> link can be followed as it is.
    /// </summary>
    public const int EmbeddedItemsLimit = 50;

    /// <summary>
    /// A PlaylistObject. <paramref name="embeddedItems"/> is null when the reader neither owns nor collaborates on the
    /// playlist: Spotify then leaves <c>items</c> out. Apps with extended quota also get the page under its former name
    /// <c>tracks</c> (its items with <c>track</c> beside <c>item</c>), as during Spotify's rename; development-mode apps
    /// get only the new names.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, CatalogPlaylist playlist, RenderContext context, Func<string, string?> displayName, PageLinkBase? embeddedItems, ResumePoints resumePoints)
    {
        playlist.Read((items, snapshotId) =>
        {
            writer.WriteStartObject();
            WriteCommon(writer, playlist, context, displayName, snapshotId, simplified: false);
            CommonJson.WriteFollowers(writer, playlist.Followers);
            var extended = !context.DevelopmentMode;
            if (embeddedItems is not null)
            {
                writer.WritePropertyName("items");
                Paging.WriteOffsetPage(writer, embeddedItems, new PageRequest(EmbeddedItemsLimit, 0), items, (w, item) => WriteItem(w, item, context, displayName, resumePoints, includeTrack: extended));
            }

            if (extended)
            {
                writer.WritePropertyName("tracks");
                var tracksLinks = new PageLinkBase(context.Href("playlists", playlist.Id) + "/tracks", context.Market is null ? [] : [new("market", context.Market)]);
                Paging.WriteOffsetPage(writer, tracksLinks, new PageRequest(EmbeddedItemsLimit, 0), items, (w, item) => WriteItem(w, item, context, displayName, resumePoints, includeTrack: true));
            }

            writer.WriteEndObject();
            return 0;
        });
    }

    /// <summary>
    /// A SimplifiedPlaylistObject: a reference to the items (<c>href</c> and <c>total</c>) instead of the items, also under
    /// the former name <c>tracks</c> for apps with extended quota.
    /// </summary>
    public static void WriteSimplified(Utf8JsonWriter writer, CatalogPlaylist playlist, RenderContext context, Func<string, string?> displayName)
    {
        playlist.Read((items, snapshotId) =>
        {
            writer.WriteStartObject();
            WriteCommon(writer, playlist, context, displayName, snapshotId, simplified: true);
            foreach (var name in context.DevelopmentMode ? (string[])["items"] : ["items", "tracks"])
            {
                writer.WriteStartObject(name);
                writer.WriteString("href", context.Href("playlists", playlist.Id) + "/" + name);
                writer.WriteNumber("total", items.Count);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            return 0;
        });
    }

    /// <summary>
    /// A PlaylistTrackObject: <c>item</c> is the TrackObject or EpisodeObject; <paramref name="includeTrack"/> repeats it
    /// under the deprecated name <c>track</c>, as the former <c>/tracks</c> endpoint does.
    /// </summary>
    public static void WriteItem(Utf8JsonWriter writer, CatalogPlaylistItem item, RenderContext context, Func<string, string?> displayName, ResumePoints resumePoints, bool includeTrack)
    {
        writer.WriteStartObject();
        writer.WriteString("added_at", CommonJson.Timestamp(item.AddedAt));
        writer.WritePropertyName("added_by");
        UserJson.WritePlaylistUser(writer, item.AddedBy, displayName(item.AddedBy), context, includeDisplayName: false);
        var isLocal = item.Uri.StartsWith("spotify:local:", StringComparison.Ordinal);
        writer.WriteBoolean("is_local", isLocal);
        writer.WritePropertyName("item");
        WritePlayable(writer, item.Uri, isLocal, context, resumePoints);
        if (includeTrack)
        {
            writer.WritePropertyName("track");
            WritePlayable(writer, item.Uri, isLocal, context, resumePoints);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// The cover images: an uploaded cover is one image of unknown size (as Spotify reports it); otherwise the
    /// generated mosaic in three sizes, widest first.
    /// </summary>
    public static void WriteImages(Utf8JsonWriter writer, CatalogPlaylist playlist, string? propertyName)
    {
        // The images endpoint answers with the bare array; playlist objects name it.
        if (propertyName is not null)
        {
            writer.WritePropertyName(propertyName);
        }

        writer.WriteStartArray();
        if (playlist.CustomImageJpeg is { } custom)
        {
            CommonJson.WriteImage(writer, "https://image-cdn-fa.spotifycdn.com/image/ab67706c0000d72c" + Convert.ToHexStringLower(SHA256.HashData(custom))[..24], null);
        }
        else
        {
            foreach (var size in CommonJson.CoverSizes)
            {
                CommonJson.WriteImage(writer, MosaicUrl(playlist.Id, size), size);
            }
        }

        writer.WriteEndArray();
    }

    private static string MosaicUrl(string playlistId, int size) =>
        "https://mosaic.scdn.co/" + size.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(playlistId)))[..40];

    private static void WriteCommon(Utf8JsonWriter writer, CatalogPlaylist playlist, RenderContext context, Func<string, string?> displayName, string snapshotId, bool simplified)
    {
        writer.WriteBoolean("collaborative", playlist.IsCollaborative);
        if (playlist.Description is { } description)
        {
            writer.WriteString("description", description);
        }
        else if (simplified)
        {
            // SimplifiedPlaylistObject's description is a plain string; Spotify sends "" when there is none.
            writer.WriteString("description", string.Empty);
        }
        else
        {
            writer.WriteNull("description");
        }

        CommonJson.WriteExternalUrls(writer, "playlist", playlist.Id);
        writer.WriteString("href", context.Href("playlists", playlist.Id));
        writer.WriteString("id", playlist.Id);
        WriteImages(writer, playlist, "images");
        writer.WriteString("name", playlist.Name);
        writer.WritePropertyName("owner");
        UserJson.WritePlaylistUser(writer, playlist.OwnerId, displayName(playlist.OwnerId), context, includeDisplayName: true);
        writer.WriteBoolean("public", playlist.IsPublic);
        writer.WriteString("snapshot_id", snapshotId);
        writer.WriteString("type", "playlist");
        writer.WriteString("uri", playlist.Uri);
    }

    private static void WritePlayable(Utf8JsonWriter writer, string uri, bool isLocal, RenderContext context, ResumePoints resumePoints)
    {
        if (isLocal)
        {
            WriteLocalTrack(writer, uri);
        }
        else
        {
            PlayableJson.Write(writer, uri, context, resumePoints);
        }
    }

    /// <summary>A local file: a track without ID, href or album link; the URI carries artist, album, title and seconds.</summary>
    private static void WriteLocalTrack(Utf8JsonWriter writer, string uri)
    {
        var parts = uri.Split(':');
        var title = parts.Length > 4 ? Uri.UnescapeDataString(parts[4].Replace('+', ' ')) : "Local file";
        var seconds = parts.Length > 5 && int.TryParse(parts[5], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 0;
        writer.WriteStartObject();
        writer.WriteStartArray("artists");
        writer.WriteEndArray();
        writer.WriteStartArray("available_markets");
        writer.WriteEndArray();
        writer.WriteNumber("disc_number", 0);
        writer.WriteNumber("duration_ms", seconds * 1000);
        writer.WriteBoolean("explicit", false);
        writer.WriteStartObject("external_ids");
        writer.WriteEndObject();
        writer.WriteStartObject("external_urls");
        writer.WriteEndObject();
        writer.WriteNull("href");
        writer.WriteNull("id");
        writer.WriteString("name", title);
        writer.WriteNumber("popularity", 0);
        writer.WriteNull("preview_url");
        writer.WriteNumber("track_number", 0);
        writer.WriteString("type", "track");
        writer.WriteString("uri", uri);
        writer.WriteBoolean("is_local", true);
        writer.WriteEndObject();
    }
}
