namespace Spotantic.Http;

/// <summary>
/// What the handler chain needs to know about an outgoing request, attached to
/// <see cref="HttpRequestMessage.Options"/> under <see cref="Key"/>.
/// </summary>
/// <param name="Operation">The operation being called.</param>
/// <param name="Scopes">The scope rule for this request (usually <see cref="SpotifyOperation.Scopes"/>; some operations derive it from their arguments).</param>
/// <param name="IsIdempotent">Whether this request may be repeated after a transient fault (usually <see cref="SpotifyOperation.IsIdempotent"/>; e.g. a playlist reorder is not, a replace is).</param>
public sealed record SpotifyRequestMetadata(SpotifyOperation Operation, ScopeRequirement Scopes, bool IsIdempotent)
{
    /// <summary>The key under which the metadata is stored on a request.</summary>
    public static HttpRequestOptionsKey<SpotifyRequestMetadata> Key { get; } = new("Spotantic.Request");

    /// <summary>
    /// Whose token the request is sent with (<see cref="Auth.SpotifyTokenKeys.Default"/> unless the call acts for a
    /// user). It travels with the request, so the pooled handlers stay stateless and every user shares one pipeline.
    /// </summary>
    public string TokenKey { get; init; } = Auth.SpotifyTokenKeys.Default;

    /// <summary>Reads the metadata from a request, if Spotantic attached any.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The metadata, or <see langword="null"/> for a request Spotantic did not build.</returns>
    public static SpotifyRequestMetadata? From(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(Key, out var metadata) ? metadata : null;
    }
}
