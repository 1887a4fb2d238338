namespace Spotantic.Requests;

/// <summary>Checks shared by the Users request records.</summary>
internal static class UsersArguments
{
    /// <summary>The longest user ID accepted; real ones are far shorter, this only keeps absurd input out of URIs.</summary>
    public const int MaxUserIdLength = 256;

    /// <summary>
    /// Throws unless <paramref name="value"/> is a plausible Spotify user ID. User IDs are opaque strings (old
    /// usernames such as <c>smedjan</c>, numeric IDs, IDs with <c>.</c> or <c>_</c>), not base-62 IDs, so only what
    /// cannot be an ID is refused: empty, <c>.</c> or <c>..</c> (which would move the request to another route),
    /// whitespace, control characters and commas (which would split an ID list).
    /// </summary>
    /// <param name="value">The user ID.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void UserId(string? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"'{paramName}' is required: a Spotify user ID such as 'smedjan'.");
        }

        if (!IsUserId(value))
        {
            throw new ArgumentException($"'{paramName}' must be a Spotify user ID such as 'smedjan' (no spaces, commas or control characters, at most {MaxUserIdLength} characters); got {Describe(value)}.", paramName);
        }
    }

    /// <summary>Whether <paramref name="value"/> passes <see cref="UserId"/>.</summary>
    /// <param name="value">The candidate.</param>
    /// <returns><see langword="true"/> for a plausible user ID.</returns>
    public static bool IsUserId(string? value) =>
        value is { Length: > 0 and <= MaxUserIdLength } && value is not ("." or "..") &&
        !value.Any(c => c == ',' || char.IsWhiteSpace(c) || char.IsControl(c));

    /// <summary>Throws unless there is at least one ID and each is a user ID (<see cref="UserId"/>), naming the first bad index.</summary>
    /// <param name="values">The user IDs.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void UserIds(IReadOnlyList<string>? values, string paramName)
    {
        if (values is null)
        {
            throw new ArgumentNullException(paramName, $"'{paramName}' is required: at least one Spotify user ID.");
        }

        if (values.Count == 0)
        {
            throw new ArgumentOutOfRangeException(paramName, 0, $"'{paramName}' needs at least one Spotify user ID.");
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (!IsUserId(values[i]))
            {
                throw new ArgumentException($"'{paramName}[{i}]' must be a Spotify user ID (no spaces, commas or control characters); got {Describe(values[i])}.", paramName);
            }
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is <see cref="FollowType.Artist"/> or <see cref="FollowType.User"/>.</summary>
    /// <param name="value">The type.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void Type(FollowType value, string paramName)
    {
        if (value is not (FollowType.Artist or FollowType.User))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"'{paramName}' must be {nameof(FollowType.Artist)} or {nameof(FollowType.User)}; got {(int)value}.");
        }
    }

    /// <summary>Throws unless every ID suits <paramref name="type"/>: Spotify IDs for artists, user IDs for users.</summary>
    /// <param name="type">The type of the IDs.</param>
    /// <param name="ids">The IDs.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void IdsOfType(FollowType type, IReadOnlyList<string>? ids, string paramName)
    {
        if (type == FollowType.Artist)
        {
            Validation.SpotifyArgument.Ids(ids, paramName);
        }
        else
        {
            UserIds(ids, paramName);
        }
    }

    /// <summary>The wire value of a follow type.</summary>
    /// <param name="type">The type.</param>
    /// <returns><c>artist</c> or <c>user</c>.</returns>
    public static string ToQueryValue(FollowType type) => type == FollowType.User ? "user" : "artist";

    /// <summary>The wire value of a time range.</summary>
    /// <param name="value">The time range, or <see langword="null"/>.</param>
    /// <returns><c>short_term</c>, <c>medium_term</c>, <c>long_term</c>, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined time range.</exception>
    public static string? ToQueryValue(TopItemsTimeRange? value) => value switch
    {
        null => null,
        TopItemsTimeRange.ShortTerm => "short_term",
        TopItemsTimeRange.MediumTerm => "medium_term",
        TopItemsTimeRange.LongTerm => "long_term",
        { } other => throw new ArgumentOutOfRangeException(nameof(value), other, "Not a time range."),
    };

    /// <summary>Throws unless <paramref name="value"/> is null or a defined <see cref="TopItemsTimeRange"/>.</summary>
    /// <param name="value">The time range.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void TimeRange(TopItemsTimeRange? value, string paramName)
    {
        if (value is { } v && v is not (TopItemsTimeRange.ShortTerm or TopItemsTimeRange.MediumTerm or TopItemsTimeRange.LongTerm))
        {
            throw new ArgumentOutOfRangeException(paramName, v, $"'{paramName}' must be ShortTerm, MediumTerm or LongTerm; got {(int)v}.");
        }
    }

    private static string Describe(string? value) =>
        value is null ? "null" : value.Length > 40 ? $"'{value[..40]}…' ({value.Length} characters)" : $"'{value}'";
}
