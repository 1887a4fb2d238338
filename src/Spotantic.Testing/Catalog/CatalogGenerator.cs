using System.Globalization;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Catalog;

/// <summary>
/// Builds the seeded catalog. Every draw comes from one <see cref="Random"/> in a fixed order, so a seed always gives
/// the same data. Sizes are chosen so that every paged endpoint has more than one page at the maximum limit.
/// </summary>
internal static class CatalogGenerator
{
    public const string DemoUserId = "spotantic.demo";
    public const string SpotifyUserId = "spotify";
    public const string AliceUserId = "alice.example";
    public const string BobUserId = "bob_example";

    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static readonly DateTimeOffset BaseTime = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] NordicMarkets = ["SE", "NO", "DK", "FI", "IS"];

    private static readonly (string Id, string Name)[] CategoryNames =
    [
        ("toplists", "Top Lists"), ("pop", "Pop"), ("hiphop", "Hip-Hop"), ("rock", "Rock"), ("chill", "Chill"),
        ("workout", "Workout"), ("party", "Party"), ("focus", "Focus"), ("sleep", "Sleep"), ("jazz", "Jazz"),
        ("classical", "Classical"), ("latin", "Latin"), ("indie_alt", "Indie"), ("edm_dance", "Dance/Electronic"),
        ("rnb", "R&B"), ("country", "Country"), ("metal", "Metal"), ("kpop", "K-Pop"), ("decades", "Decades"), ("mood", "Mood"),
    ];

#pragma warning disable CA5394 // Deterministic test data from a fixed seed, never used for security.
    public static CatalogData Generate(int seed)
    {
        var rng = new Random(seed);
        var used = new HashSet<string>(StringComparer.Ordinal);
        string NewId() => CatalogIds.NewId(rng, used);
        T Pick<T>(IReadOnlyList<T> list) => list[rng.Next(list.Count)];
        bool Chance(double p) => rng.NextDouble() < p;

        var allMarkets = CatalogWords.Markets;

        // Artists.
        var artists = new List<CatalogArtist>();
        for (var i = 0; i < 80; i++)
        {
            var name = (i % 3) switch
            {
                0 => $"{Pick(CatalogWords.FirstNames)} {Pick(CatalogWords.LastNames)}",
                1 => $"The {Pick(CatalogWords.Adjectives)} {Pick(CatalogWords.Nouns)}",
                _ => $"{Pick(CatalogWords.Adjectives)} {Pick(CatalogWords.Nouns)}",
            };
            var genreCount = rng.Next(1, 4);
            var genres = Enumerable.Range(0, genreCount).Select(_ => Pick(CatalogWords.Genres)).Distinct().ToArray();
            artists.Add(new CatalogArtist
            {
                Id = NewId(),
                Name = name,
                Genres = genres,
                Popularity = rng.Next(5, 96),
                Followers = rng.Next(100, 5_000_000),
            });
        }

        // Albums and their tracks.
        var albums = new List<CatalogAlbum>();
        var tracks = new List<CatalogTrack>();
        for (var a = 0; a < artists.Count; a++)
        {
            var artist = artists[a];
            var albumCount = a == 0 ? 30 : rng.Next(1, 5);
            for (var n = 0; n < albumCount; n++)
            {
                var albumType = a == 0
                    ? (n % 5) switch { 0 or 1 => "album", 2 or 3 => "single", _ => "compilation" }
                    : rng.NextDouble() switch { < 0.6 => "album", < 0.9 => "single", _ => "compilation" };
                var trackCount = (a, n) == (0, 0)
                    ? 64
                    : albumType switch { "album" => rng.Next(8, 17), "single" => rng.Next(1, 4), _ => rng.Next(12, 23) };
                var year = rng.Next(1985, 2027);
                var month = rng.Next(1, 13);
                var day = rng.Next(1, 29);
                var precisionDraw = rng.NextDouble();
                var (releaseDate, precision) = precisionDraw switch
                {
                    < 0.8 => (string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"), "day"),
                    < 0.9 => (string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"), "month"),
                    _ => (year.ToString("D4", CultureInfo.InvariantCulture), "year"),
                };
                var albumName = albumType == "single"
                    ? string.Format(CultureInfo.InvariantCulture, Pick(CatalogWords.TrackPatterns), Pick(CatalogWords.TrackWords), Pick(CatalogWords.TrackWords))
                    : $"{Pick(CatalogWords.Adjectives)} {Pick(CatalogWords.Nouns)}";
                if (albumType == "compilation")
                {
                    albumName = "Best of " + albumName;
                }

                var albumId = NewId();
                var albumTracks = new List<CatalogTrack>();
                var discs = trackCount > 40 ? 2 : 1;
                var perDisc = (trackCount + discs - 1) / discs;
                for (var t = 0; t < trackCount; t++)
                {
                    var trackArtists = new List<string> { artist.Id };
                    if (Chance(0.15))
                    {
                        var featured = artists[rng.Next(artists.Count)].Id;
                        if (featured != artist.Id)
                        {
                            trackArtists.Add(featured);
                        }
                    }

                    var restricted = Chance(0.04);
                    albumTracks.Add(new CatalogTrack
                    {
                        Id = NewId(),
                        Name = string.Format(CultureInfo.InvariantCulture, Pick(CatalogWords.TrackPatterns), Pick(CatalogWords.TrackWords), Pick(CatalogWords.TrackWords)),
                        AlbumId = albumId,
                        ArtistIds = trackArtists,
                        DiscNumber = (t / perDisc) + 1,
                        TrackNumber = (t % perDisc) + 1,
                        DurationMs = rng.Next(90_000, 420_000),
                        Explicit = Chance(0.15),
                        Popularity = rng.Next(0, 101),
                        Isrc = string.Create(CultureInfo.InvariantCulture, $"QZEMU{year % 100:D2}{rng.Next(0, 100_000):D5}"),
                        AvailableMarkets = restricted ? NordicMarkets : allMarkets,
                    });
                }

                tracks.AddRange(albumTracks);
                albums.Add(new CatalogAlbum
                {
                    Id = albumId,
                    Name = albumName,
                    AlbumType = albumType,
                    ArtistIds = [artist.Id],
                    TrackIds = [.. albumTracks.Select(t => t.Id)],
                    ReleaseDate = releaseDate,
                    ReleaseDatePrecision = precision,
                    Label = Pick(CatalogWords.Labels),
                    Popularity = rng.Next(0, 101),
                    Upc = string.Create(CultureInfo.InvariantCulture, $"00{rng.Next(0, 1_000_000):D6}{rng.Next(0, 10_000):D4}"),
                    AvailableMarkets = albumTracks.Any(t => t.AvailableMarkets.Count == allMarkets.Length) ? allMarkets : NordicMarkets,
                });
            }
        }

        // Shows and episodes (newest episode first).
        var shows = new List<CatalogShow>();
        var episodes = new List<CatalogEpisode>();
        for (var s = 0; s < 60; s++)
        {
            var topic = Pick(CatalogWords.ShowTopics);
            var showName = s % 2 == 0 ? $"The {topic} {Pick(CatalogWords.Nouns)} Show" : $"{Pick(CatalogWords.Adjectives)} {topic}";
            var language = Pick(CatalogWords.Languages);
            var showId = NewId();
            var episodeCount = s == 0 ? 120 : rng.Next(3, 9);
            var explicitShow = Chance(0.1);
            var showEpisodes = new List<CatalogEpisode>();
            for (var e = 0; e < episodeCount; e++)
            {
                var number = episodeCount - e;
                var description = $"Episode {number} of {showName}: {Pick(CatalogWords.TrackWords).ToLowerInvariant()} and {Pick(CatalogWords.TrackWords).ToLowerInvariant()}.";
                showEpisodes.Add(new CatalogEpisode
                {
                    Id = NewId(),
                    Name = $"#{number}: {Pick(CatalogWords.TrackWords)} {Pick(CatalogWords.Nouns)}",
                    ShowId = showId,
                    Description = description,
                    HtmlDescription = "<p>" + System.Net.WebUtility.HtmlEncode(description) + "</p>",
                    DurationMs = rng.Next(600_000, 5_400_000),
                    Explicit = explicitShow,
                    Languages = [language],
                    ReleaseDate = BaseTime.AddDays(-7 * e - s).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ReleaseDatePrecision = "day",
                    IsExternallyHosted = false,
                    IsPlayable = true,
                });
            }

            episodes.AddRange(showEpisodes);
            var showDescription = $"A weekly show about {topic.ToLowerInvariant()}.";
            shows.Add(new CatalogShow
            {
                Id = showId,
                Name = showName,
                Publisher = $"{Pick(CatalogWords.LastNames)} Media",
                Description = showDescription,
                HtmlDescription = "<p>" + System.Net.WebUtility.HtmlEncode(showDescription) + "</p>",
                Explicit = explicitShow,
                Languages = [language],
                MediaType = "audio",
                IsExternallyHosted = false,
                EpisodeIds = [.. showEpisodes.Select(e => e.Id)],
                AvailableMarkets = allMarkets,
            });
        }

        // Audiobooks and chapters.
        var audiobooks = new List<CatalogAudiobook>();
        var chapters = new List<CatalogChapter>();
        for (var b = 0; b < 60; b++)
        {
            var title = $"{Pick(CatalogWords.Adjectives)} {Pick(CatalogWords.Nouns)}: A Novel";
            var bookId = NewId();
            var language = Pick(CatalogWords.Languages);
            var chapterCount = b == 0 ? 80 : rng.Next(3, 13);
            var bookChapters = new List<CatalogChapter>();
            for (var c = 0; c < chapterCount; c++)
            {
                var description = $"Chapter {c + 1} of {title}.";
                bookChapters.Add(new CatalogChapter
                {
                    Id = NewId(),
                    Name = $"Chapter {c + 1}",
                    AudiobookId = bookId,
                    ChapterNumber = c + 1,
                    Description = description,
                    HtmlDescription = "<p>" + System.Net.WebUtility.HtmlEncode(description) + "</p>",
                    DurationMs = rng.Next(300_000, 3_600_000),
                    Explicit = false,
                    Languages = [language],
                    ReleaseDate = BaseTime.AddDays(-30 * b).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ReleaseDatePrecision = "day",
                    IsPlayable = true,
                    AvailableMarkets = allMarkets,
                });
            }

            chapters.AddRange(bookChapters);
            var bookDescription = $"An audiobook about {Pick(CatalogWords.TrackWords).ToLowerInvariant()}.";
            audiobooks.Add(new CatalogAudiobook
            {
                Id = bookId,
                Name = title,
                Authors = rng.Next(2) == 0
                    ? [$"{Pick(CatalogWords.FirstNames)} {Pick(CatalogWords.LastNames)}"]
                    : [$"{Pick(CatalogWords.FirstNames)} {Pick(CatalogWords.LastNames)}", $"{Pick(CatalogWords.FirstNames)} {Pick(CatalogWords.LastNames)}"],
                Narrators = [$"{Pick(CatalogWords.FirstNames)} {Pick(CatalogWords.LastNames)}"],
                Publisher = $"{Pick(CatalogWords.LastNames)} Books",
                Description = bookDescription,
                HtmlDescription = "<p>" + System.Net.WebUtility.HtmlEncode(bookDescription) + "</p>",
                Edition = Chance(0.8) ? "Unabridged" : "Abridged",
                Explicit = Chance(0.05),
                Languages = [language],
                MediaType = "audio",
                ChapterIds = [.. bookChapters.Select(c => c.Id)],
                AvailableMarkets = allMarkets,
            });
        }

        // Users.
        var users = new List<UserSeed>
        {
            new(DemoUserId, CatalogIds.NewAccountId(rng), "Demo User", "demo@example.com", "US", "premium", 12),
            new(SpotifyUserId, CatalogIds.NewAccountId(rng), "Spotify", "spotify@example.com", "SE", "premium", 1_000_000),
            new(AliceUserId, CatalogIds.NewAccountId(rng), "Alice", "alice@example.com", "GB", "premium", 42),
            new(BobUserId, CatalogIds.NewAccountId(rng), "Bob", "bob@example.com", "DE", "free", 7),
        };

        // Playlists: the demo user owns 0-11 (0 is the large one), Spotify 12-51, Alice 52-65, Bob 66-79.
        var playlists = new List<PlaylistSeed>();
        for (var p = 0; p < 80; p++)
        {
            var owner = p switch { < 12 => DemoUserId, < 52 => SpotifyUserId, < 66 => AliceUserId, _ => BobUserId };
            var count = p == 0 ? 520 : p < 12 ? rng.Next(10, 61) : rng.Next(5, 41);
            var items = new List<CatalogPlaylistItem>(count);
            var chosen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                string uri;
                do
                {
                    uri = i % 25 == 24 ? Pick(episodes).Uri : Pick(tracks).Uri;
                }
                while (!chosen.Add(uri));

                var addedBy = owner;
                items.Add(new CatalogPlaylistItem(uri, BaseTime.AddHours(-(count - i)).AddMinutes(-p), addedBy));
            }

            var name = p == 0 ? "Emulator Mega Mix" : $"{Pick(CatalogWords.Adjectives)} {Pick(CatalogWords.TrackWords)} Mix";
            var isPublic = p is not (5 or 6 or 7);
            var collaborative = p is 6 or 52;
            var collaborators = p switch
            {
                6 => new[] { AliceUserId },
                52 => new[] { DemoUserId },
                _ => [],
            };
            playlists.Add(new PlaylistSeed(
                NewId(),
                owner,
                name,
                Chance(0.7) ? $"A seeded playlist of {count} items." : null,
                collaborative ? false : isPublic,
                collaborative,
                rng.Next(0, 250_000),
                items,
                collaborators));
        }

        // Categories, each with six of Spotify's playlists.
        var categories = new List<CatalogCategory>();
        for (var c = 0; c < CategoryNames.Length; c++)
        {
            categories.Add(new CatalogCategory
            {
                Id = CategoryNames[c].Id,
                Name = CategoryNames[c].Name,
                PlaylistIds = [.. Enumerable.Range(0, 6).Select(k => playlists[12 + ((c * 2) + k) % 40].Id)],
            });
        }

        // The demo user's library: more than one page at the maximum limit (50) of every type.
        var library = new Dictionary<EmulatorItemType, IReadOnlyList<EmulatorLibrary.SavedEntry>>
        {
            [EmulatorItemType.Track] = SavedEntries(rng, tracks.Select(t => t.Id).ToList(), 130),
            [EmulatorItemType.Album] = SavedEntries(rng, albums.Select(t => t.Id).ToList(), 75),
            [EmulatorItemType.Episode] = SavedEntries(rng, episodes.Select(t => t.Id).ToList(), 70),
            [EmulatorItemType.Show] = SavedEntries(rng, shows.Select(t => t.Id).ToList(), 55),
            [EmulatorItemType.Audiobook] = SavedEntries(rng, audiobooks.Select(t => t.Id).ToList(), 55),
            [EmulatorItemType.Artist] = SavedEntries(rng, artists.Select(t => t.Id).ToList(), 60),
            [EmulatorItemType.User] = SavedEntries(rng, [AliceUserId, SpotifyUserId], 2),
            [EmulatorItemType.Playlist] = SavedEntries(rng, playlists.Skip(12).Select(p => p.Id).ToList(), 55),
        };

        var recentlyPlayed = new List<PlayHistoryEntry>();
        for (var i = 0; i < 60; i++)
        {
            var track = Pick(tracks);
            recentlyPlayed.Add(new PlayHistoryEntry(track.Id, BaseTime.AddMinutes(-4 * i).AddSeconds(-rng.Next(0, 60)), "spotify:album:" + track.AlbumId));
        }

        return new CatalogData
        {
            Seed = seed,
            Artists = artists,
            Albums = albums,
            Tracks = tracks,
            Shows = shows,
            Episodes = episodes,
            Audiobooks = audiobooks,
            Chapters = chapters,
            Categories = categories,
            PlaylistSeeds = playlists,
            UserSeeds = users,
            DemoLibrary = library,
            DemoRecentlyPlayed = recentlyPlayed,
            UsedIds = used,
        };
    }

    /// <summary>Draws <paramref name="count"/> distinct IDs and gives them decreasing save times, newest first.</summary>
    private static List<EmulatorLibrary.SavedEntry> SavedEntries(Random rng, List<string> pool, int count)
    {
        var chosen = new List<string>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (chosen.Count < Math.Min(count, pool.Count))
        {
            var id = pool[rng.Next(pool.Count)];
            if (seen.Add(id))
            {
                chosen.Add(id);
            }
        }

        var time = BaseTime;
        var result = new List<EmulatorLibrary.SavedEntry>(chosen.Count);
        foreach (var id in chosen)
        {
            time = time.AddMinutes(-rng.Next(30, 600));
            result.Add(new EmulatorLibrary.SavedEntry(id, new DateTimeOffset(time.Year, time.Month, time.Day, time.Hour, time.Minute, 0, TimeSpan.Zero)));
        }

        return result;
    }
#pragma warning restore CA5394

    internal static class CatalogIds
    {
#pragma warning disable CA5394 // Deterministic IDs from a fixed seed, never used for security.
        public static string NewId(Random rng, ISet<string> used)
        {
            while (true)
            {
                var id = string.Create(22, rng, static (span, r) =>
                {
                    for (var i = 0; i < span.Length; i++)
                    {
                        span[i] = Alphabet[r.Next(Alphabet.Length)];
                    }
                });
                if (used.Add(id))
                {
                    return id;
                }
            }
        }

        public static string NewAccountId(Random rng) =>
            string.Create(10, rng, static (span, r) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = Alphabet[r.Next(Alphabet.Length)];
                }
            });
#pragma warning restore CA5394
    }
}
