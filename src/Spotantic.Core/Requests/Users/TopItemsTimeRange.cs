namespace Spotantic.Requests;

/// <summary>Over what time frame Spotify computes the user's top artists or tracks (the <c>time_range</c> query parameter).</summary>
public enum TopItemsTimeRange
{
    /// <summary>About the last 4 weeks (<c>short_term</c>).</summary>
    ShortTerm,

    /// <summary>About the last 6 months (<c>medium_term</c>, Spotify's default).</summary>
    MediumTerm,

    /// <summary>About the last year, including new data as it arrives (<c>long_term</c>).</summary>
    LongTerm,
}
