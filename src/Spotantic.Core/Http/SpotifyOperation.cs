namespace Spotantic.Http;

/// <summary>
/// What Spotantic knows about one Web API operation: its OpenAPI id, HTTP method and path, the scopes it needs,
/// and whether it may be retried after a transient fault.
/// </summary>
/// <remarks>
/// The handler chain reads this from each request (see <see cref="SpotifyRequestMetadata"/>): the scope check
/// uses <see cref="Scopes"/>, the retry strategy uses <see cref="IsIdempotent"/>.
/// </remarks>
public sealed class SpotifyOperation
{
    /// <summary>Initializes a new operation description.</summary>
    /// <param name="id">The OpenAPI operation id, e.g. <c>get-an-album</c>.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathTemplate">The path below <c>/v1</c>, e.g. <c>/albums/{id}</c>.</param>
    /// <param name="scopes">The scope rule Spotify really applies.</param>
    /// <param name="isIdempotent">Whether repeating the request has the same effect as sending it once.</param>
    /// <param name="isDeprecated">Whether the spec marks the operation deprecated.</param>
    public SpotifyOperation(string id, HttpMethod method, string pathTemplate, ScopeRequirement scopes, bool isIdempotent, bool isDeprecated = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(pathTemplate);
        ArgumentNullException.ThrowIfNull(scopes);
        Id = id;
        Method = method;
        PathTemplate = pathTemplate;
        Scopes = scopes;
        IsIdempotent = isIdempotent;
        IsDeprecated = isDeprecated;
    }

    /// <summary>The OpenAPI operation id, e.g. <c>get-an-album</c>.</summary>
    public string Id { get; }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path below <c>/v1</c>, with parameters in braces, as the spec writes it.</summary>
    public string PathTemplate { get; }

    /// <summary>The scopes the operation needs, as Spotify enforces them (not always the spec's full list).</summary>
    public ScopeRequirement Scopes { get; }

    /// <summary>
    /// Whether the request can be repeated safely after a transient fault (5xx, 408, a dropped connection).
    /// Non-idempotent operations, e.g. <c>POST /me/player/next</c>, are never retried after such a fault,
    /// because Spotify may have applied them already.
    /// </summary>
    public bool IsIdempotent { get; }

    /// <summary>Whether the spec marks the operation deprecated.</summary>
    public bool IsDeprecated { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Method} {PathTemplate} ({Id})";
}
