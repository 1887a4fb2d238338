namespace Spotantic.Clients;

/// <summary>The Spotify operations the Web API reference lists under Markets: the markets Spotify is available in.</summary>
/// <remarks>
/// Every method validates its arguments before sending (an invalid one throws <see cref="ArgumentException"/> and
/// nothing is sent) and returns the request, the raw response and the typed data. Errors surface as
/// <see cref="Exceptions.SpotanticException"/> subtypes.
/// </remarks>
public interface IMarketsClient
{
}
