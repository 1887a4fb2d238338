using System.Globalization;
using Spotantic.Testing;

namespace Spotantic.Emulator;

/// <summary>
/// A fault from the command line: <c>METHOD PATH ACTION [times=N] [probability=P] [retry-after=S]</c>, e.g.
/// <c>GET /v1/albums/* 429 retry-after=5 times=1</c>. METHOD is an HTTP method or <c>*</c>; PATH a server path where
/// <c>*</c> matches one segment and a final <c>**</c> the rest; ACTION one of <c>429</c>, <c>quota</c>, a status from
/// 400 to 599 (Spotify's error body), <c>delay=SECONDS</c>, <c>drop</c> (close the connection), <c>truncate</c> or
/// <c>malform</c> (the JSON body).
/// </summary>
internal sealed record FaultRule(string Method, string Path, string Action, int? Times, double? Probability, TimeSpan? RetryAfter)
{
    public const string Syntax = "METHOD PATH ACTION [times=N] [probability=P] [retry-after=SECONDS]; ACTION: 429, quota, 400-599, delay=SECONDS, drop, truncate, malform";

    /// <summary>Parses one rule; the error says what is wrong, for the command line's message.</summary>
    public static FaultRule Parse(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 3 || !words[1].StartsWith('/'))
        {
            throw new FormatException($"'{text}' is not a fault: write {Syntax}.");
        }

        int? times = null;
        double? probability = null;
        TimeSpan? retryAfter = null;
        foreach (var option in words.Skip(3))
        {
            var (name, value) = option.Split('=', 2) is [var n, var v] ? (n, v) : throw new FormatException($"'{option}' in '{text}' is not name=value.");
            switch (name)
            {
                case "times" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0:
                    times = count;
                    break;
                case "probability" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share is > 0 and <= 1:
                    probability = share;
                    break;
                case "retry-after" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds):
                    retryAfter = TimeSpan.FromSeconds(seconds);
                    break;
                default:
                    throw new FormatException($"'{option}' in '{text}' is not one of times=N (N > 0), probability=P (0 < P <= 1), retry-after=SECONDS.");
            }
        }

        var rule = new FaultRule(words[0].ToUpperInvariant(), words[1], words[2].ToLowerInvariant(), times, probability, retryAfter);
        _ = rule.ActionKind(); // Rejects an unknown action now, not when the first request comes.
        return rule;
    }

    /// <summary>Adds the rule to the emulator.</summary>
    public EmulatorFaultHandle AddTo(EmulatorFaults faults)
    {
        var builder = faults.On(Method, Path);
        if (Times is { } times)
        {
            builder.Next(times);
        }

        if (Probability is { } probability)
        {
            builder.WithProbability(probability);
        }

        return ActionKind() switch
        {
            "429" => builder.RespondTooManyRequests(RetryAfter),
            "quota" => builder.RespondQuotaExceeded(RetryAfter),
            "status" when int.Parse(Action, CultureInfo.InvariantCulture) >= 500 => builder.RespondServerError(int.Parse(Action, CultureInfo.InvariantCulture)),
            "status" => builder.RespondError(int.Parse(Action, CultureInfo.InvariantCulture)),
            "delay" => builder.Delay(TimeSpan.FromSeconds(double.Parse(Action["delay=".Length..], CultureInfo.InvariantCulture))),
            "drop" => builder.DropConnection(),
            "truncate" => builder.TruncateJson(),
            _ => builder.MalformJson(),
        };
    }

    public override string ToString() =>
        $"{Method} {Path} {Action}{(Times is { } t ? $" times={t}" : "")}{(Probability is { } p ? $" probability={p.ToString(CultureInfo.InvariantCulture)}" : "")}{(RetryAfter is { } r ? $" retry-after={r.TotalSeconds}" : "")}";

    private string ActionKind() => Action switch
    {
        "429" or "quota" or "drop" or "truncate" or "malform" => Action,
        _ when int.TryParse(Action, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status is >= 400 and <= 599 => "status",
        _ when Action.StartsWith("delay=", StringComparison.Ordinal)
            && double.TryParse(Action["delay=".Length..], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 => "delay",
        _ => throw new FormatException($"'{Action}' is not a fault action: use 429, quota, a status from 400 to 599, delay=SECONDS, drop, truncate or malform."),
    };
}
