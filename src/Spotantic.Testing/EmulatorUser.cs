using Spotantic.Testing.State;

namespace Spotantic.Testing;

/// <summary>A Spotify user of the emulator: the profile <c>GET /me</c> returns and the user's own state.</summary>
public sealed class EmulatorUser
{
    internal EmulatorUser(string id, string accountId, string displayName, string email, string country, string product, int followers, TimeProvider clock)
    {
        Id = id;
        AccountId = accountId;
        DisplayName = displayName;
        Email = email;
        Country = country;
        Product = product;
        Followers = followers;
        Library = new EmulatorLibrary(clock);
        Player = new UserPlayerState();
    }

    /// <summary>The user ID (an opaque string, not a base-62 ID).</summary>
    public string Id { get; }

    /// <summary>The stable, pseudonymous account identifier (<c>account_id</c>).</summary>
    public string AccountId { get; }

    /// <summary>The display name.</summary>
    public string DisplayName { get; }

    /// <summary>The e-mail address, returned only with the <c>user-read-email</c> scope.</summary>
    public string Email { get; }

    /// <summary>The ISO 3166-1 alpha-2 country, returned with <c>user-read-private</c>; it is the user's market.</summary>
    public string Country { get; }

    /// <summary>The subscription level: <c>premium</c> or <c>free</c>.</summary>
    public string Product { get; }

    /// <summary>The number of followers.</summary>
    public int Followers { get; }

    /// <summary>The Spotify URI of the user.</summary>
    public string Uri => "spotify:user:" + Id;

    /// <summary>Saved items and follows, per type.</summary>
    public EmulatorLibrary Library { get; }

    internal UserPlayerState Player { get; }

    /// <summary>Describes the user.</summary>
    /// <returns>The user ID and display name.</returns>
    public override string ToString() => $"EmulatorUser {Id} ({DisplayName})";
}
