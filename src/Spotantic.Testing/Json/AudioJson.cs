using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing.Json;

/// <summary>
/// The audio attributes the emulator gives a track: derived from a hash of its ID, so every emulator reports the same
/// values for the same track, within the ranges the spec gives each attribute.
/// </summary>
internal sealed record AudioAttributes(
    double Acousticness,
    double Danceability,
    double Energy,
    double Instrumentalness,
    int Key,
    double Liveness,
    double Loudness,
    int Mode,
    double Speechiness,
    double Tempo,
    int TimeSignature,
    double Valence)
{
    private static readonly ConditionalWeakTable<CatalogTrack, AudioAttributes> Cache = new();

    /// <summary>The track's attributes, computed once per track: recommendations read them for every track of a pool.</summary>
    public static AudioAttributes For(CatalogTrack track) => Cache.GetValue(track, Compute);

    private static AudioAttributes Compute(CatalogTrack track)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("audio:" + track.Id));

        // Each attribute reads its own byte; fractions are rounded to three digits as Spotify's are.
        double Fraction(int index) => Math.Round(hash[index] / 255.0, 3);
        return new AudioAttributes(
            Acousticness: Fraction(0),
            Danceability: Fraction(1),
            Energy: Fraction(2),
            Instrumentalness: Fraction(3),
            Key: hash[4] % 12,
            Liveness: Fraction(5),
            Loudness: Math.Round(-30 + (hash[6] / 255.0 * 28), 3),
            Mode: hash[7] % 2,
            Speechiness: Fraction(8),
            Tempo: Math.Round(60 + (hash[9] / 255.0 * 140), 3),
            TimeSignature: 3 + (hash[10] % 5),
            Valence: Fraction(11));
    }

    /// <summary>The value of a tunable recommendation attribute (the part after <c>min_</c>/<c>max_</c>/<c>target_</c>).</summary>
    public double Get(string attribute, CatalogTrack track) => attribute switch
    {
        "acousticness" => Acousticness,
        "danceability" => Danceability,
        "duration_ms" => track.DurationMs,
        "energy" => Energy,
        "instrumentalness" => Instrumentalness,
        "key" => Key,
        "liveness" => Liveness,
        "loudness" => Loudness,
        "mode" => Mode,
        "popularity" => track.Popularity,
        "speechiness" => Speechiness,
        "tempo" => Tempo,
        "time_signature" => TimeSignature,
        "valence" => Valence,
        _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, "Not a tunable attribute."),
    };
}

/// <summary>AudioFeaturesObject and AudioAnalysisObject.</summary>
internal static class AudioJson
{
    public static void WriteFeatures(Utf8JsonWriter writer, CatalogTrack track, RenderContext context)
    {
        var a = AudioAttributes.For(track);
        writer.WriteStartObject();
        writer.WriteNumber("acousticness", a.Acousticness);
        writer.WriteString("analysis_url", context.Href("audio-analysis", track.Id));
        writer.WriteNumber("danceability", a.Danceability);
        writer.WriteNumber("duration_ms", track.DurationMs);
        writer.WriteNumber("energy", a.Energy);
        writer.WriteString("id", track.Id);
        writer.WriteNumber("instrumentalness", a.Instrumentalness);
        writer.WriteNumber("key", a.Key);
        writer.WriteNumber("liveness", a.Liveness);
        writer.WriteNumber("loudness", a.Loudness);
        writer.WriteNumber("mode", a.Mode);
        writer.WriteNumber("speechiness", a.Speechiness);
        writer.WriteNumber("tempo", a.Tempo);
        writer.WriteNumber("time_signature", a.TimeSignature);
        writer.WriteString("track_href", context.Href("tracks", track.Id));
        writer.WriteString("type", "audio_features");
        writer.WriteString("uri", track.Uri);
        writer.WriteNumber("valence", a.Valence);
        writer.WriteEndObject();
    }

    /// <summary>
    /// An analysis consistent with the track's features: beats at its tempo, bars of its time signature, two tatums per
    /// beat, a section every 30 seconds and a segment every 2 seconds.
    /// </summary>
    public static void WriteAnalysis(Utf8JsonWriter writer, CatalogTrack track, DateTimeOffset now)
    {
        var a = AudioAttributes.For(track);
        var duration = track.DurationMs / 1000.0;
        var beat = 60.0 / a.Tempo;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("analysis:" + track.Id));

        writer.WriteStartObject();
        writer.WriteStartObject("meta");
        writer.WriteString("analyzer_version", "4.0.0");
        writer.WriteString("platform", "Linux");
        writer.WriteString("detailed_status", "OK");
        writer.WriteNumber("status_code", 0);
        writer.WriteNumber("timestamp", now.ToUnixTimeSeconds());
        writer.WriteNumber("analysis_time", 6.72);
        writer.WriteString("input_process", "libvorbisfile L+R 44100->22050");
        writer.WriteEndObject();

        writer.WriteStartObject("track");
        writer.WriteNumber("num_samples", (long)(duration * 22050));
        writer.WriteNumber("duration", Math.Round(duration, 5));
        writer.WriteString("sample_md5", string.Empty);
        writer.WriteNumber("offset_seconds", 0);
        writer.WriteNumber("window_seconds", 0);
        writer.WriteNumber("analysis_sample_rate", 22050);
        writer.WriteNumber("analysis_channels", 1);
        writer.WriteNumber("end_of_fade_in", 0.0);
        writer.WriteNumber("start_of_fade_out", Math.Round(Math.Max(0, duration - 5), 5));
        writer.WriteNumber("loudness", a.Loudness);
        writer.WriteNumber("tempo", a.Tempo);
        writer.WriteNumber("tempo_confidence", 0.73);
        writer.WriteNumber("time_signature", a.TimeSignature);
        writer.WriteNumber("time_signature_confidence", 0.994);
        writer.WriteNumber("key", a.Key);
        writer.WriteNumber("key_confidence", 0.408);
        writer.WriteNumber("mode", a.Mode);
        writer.WriteNumber("mode_confidence", 0.485);
        writer.WriteString("codestring", "eJxVnAmS5DgOBL-");
        writer.WriteNumber("code_version", 3.15);
        writer.WriteString("echoprintstring", "eJzEnQ2SHDmOLH-");
        writer.WriteNumber("echoprint_version", 4.15);
        writer.WriteString("synchstring", "eJx1mIlx7DAIQ1t");
        writer.WriteNumber("synch_version", 1.0);
        writer.WriteString("rhythmstring", "eJyNm12SPTeOxbd");
        writer.WriteNumber("rhythm_version", 1.0);
        writer.WriteEndObject();

        WriteIntervals(writer, "bars", duration, beat * a.TimeSignature, hash, 0);
        WriteIntervals(writer, "beats", duration, beat, hash, 1);

        writer.WriteStartArray("sections");
        for (var start = 0.0; start < duration; start += 30)
        {
            writer.WriteStartObject();
            WriteInterval(writer, start, Math.Min(30, duration - start), hash, 2);
            writer.WriteNumber("loudness", a.Loudness);
            writer.WriteNumber("tempo", a.Tempo);
            writer.WriteNumber("tempo_confidence", 0.68);
            writer.WriteNumber("key", a.Key);
            writer.WriteNumber("key_confidence", 0.3);
            writer.WriteNumber("mode", a.Mode);
            writer.WriteNumber("mode_confidence", 0.5);
            writer.WriteNumber("time_signature", a.TimeSignature);
            writer.WriteNumber("time_signature_confidence", 1.0);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("segments");
        var index = 0;
        for (var start = 0.0; start < duration; start += 2, index++)
        {
            writer.WriteStartObject();
            WriteInterval(writer, start, Math.Min(2, duration - start), hash, 3 + index);
            writer.WriteNumber("loudness_start", Math.Round(a.Loudness - 6, 3));
            writer.WriteNumber("loudness_max", a.Loudness);
            writer.WriteNumber("loudness_max_time", 0.1);
            writer.WriteNumber("loudness_end", 0);
            writer.WriteStartArray("pitches");
            for (var p = 0; p < 12; p++)
            {
                writer.WriteNumberValue(Math.Round(hash[(index + p) % hash.Length] / 255.0, 3));
            }

            writer.WriteEndArray();
            writer.WriteStartArray("timbre");
            for (var t = 0; t < 12; t++)
            {
                writer.WriteNumberValue(Math.Round((hash[(index * 3 + t) % hash.Length] - 128) / 2.0, 3));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteIntervals(writer, "tatums", duration, beat / 2, hash, 4);
        writer.WriteEndObject();
    }

    private static void WriteIntervals(Utf8JsonWriter writer, string name, double duration, double length, byte[] hash, int salt)
    {
        writer.WriteStartArray(name);
        var index = 0;
        for (var start = 0.0; start + length <= duration; start += length, index++)
        {
            writer.WriteStartObject();
            WriteInterval(writer, start, length, hash, salt + index);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteInterval(Utf8JsonWriter writer, double start, double duration, byte[] hash, int salt)
    {
        writer.WriteNumber("start", Math.Round(start, 5));
        writer.WriteNumber("duration", Math.Round(duration, 5));
        writer.WriteNumber("confidence", Math.Round(hash[salt % hash.Length] / 255.0, 3));
    }
}
