using System.Globalization;
using Microsoft.Extensions.Configuration;
using Spotantic.Samples;

namespace WorkerSample;

/// <summary>The <c>Sample</c> configuration section and the <c>--watch</c> flag, read once at start-up.</summary>
internal sealed record WorkerSettings
{
    public const string SectionName = "Sample";

    /// <summary>Keep running and refresh the summary every <see cref="RefreshInterval"/>.</summary>
    public bool Watch { get; init; }

    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The album the job saves and checks, as a Spotify URI.</summary>
    public string AlbumToSave { get; init; } = "spotify:album:4aawyAB9vmqN3uQ7FjRGTy";

    /// <summary>How many artists the summary ranks.</summary>
    public int TopArtists { get; init; } = 5;

    public static WorkerSettings Read(IConfiguration configuration, bool watchFlag)
    {
        var section = configuration.GetSection(SectionName);
        var settings = new WorkerSettings();
        var interval = section["RefreshInterval"];
        if (!string.IsNullOrWhiteSpace(interval))
        {
            if (!TimeSpan.TryParse(interval, CultureInfo.InvariantCulture, out var parsed) || parsed <= TimeSpan.Zero)
            {
                throw new SampleConfigurationException($"Sample:RefreshInterval must be a positive time span such as 00:05:00, not '{interval}'.");
            }

            settings = settings with { RefreshInterval = parsed };
        }

        var watch = section["Watch"];
        if (!string.IsNullOrWhiteSpace(watch))
        {
            if (!bool.TryParse(watch, out var parsed))
            {
                throw new SampleConfigurationException($"Sample:Watch must be true or false, not '{watch}'.");
            }

            settings = settings with { Watch = parsed };
        }

        if (watchFlag)
        {
            settings = settings with { Watch = true };
        }

        var album = section["AlbumToSave"];
        if (!string.IsNullOrWhiteSpace(album))
        {
            settings = settings with { AlbumToSave = ToAlbumUri(album.Trim()) };
        }

        return settings;
    }

    // Accepts what people copy from Spotify: a URI, an open.spotify.com link, or a bare ID.
    private static string ToAlbumUri(string value)
    {
        const string UriPrefix = "spotify:album:";
        const string LinkPrefix = "https://open.spotify.com/album/";
        if (value.StartsWith(LinkPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var id = value[LinkPrefix.Length..];
            var end = id.IndexOfAny(['?', '/', '#']);
            return UriPrefix + (end < 0 ? id : id[..end]);
        }

        return value.StartsWith(UriPrefix, StringComparison.Ordinal) ? value : UriPrefix + value;
    }
}
