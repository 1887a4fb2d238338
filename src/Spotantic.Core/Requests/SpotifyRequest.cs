using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>
/// The base of every request record: the typed arguments of one Web API call (the seed's <c>RequestModel</c>).
/// </summary>
/// <remarks>
/// A request is validated before anything is sent; an invalid one throws <see cref="ArgumentException"/> naming
/// the offending parameter. Requests are plain data: they hold no tokens or secrets, so their
/// <c>ToString()</c> is safe to log.
/// </remarks>
public abstract record SpotifyRequest
{
    /// <summary>The Web API operation this request calls.</summary>
    public abstract SpotifyOperation Operation { get; }

    /// <summary>
    /// The scopes this request needs. Defaults to the operation's rule; operations whose needs depend on their
    /// arguments (e.g. the URI types of a library call) override it.
    /// </summary>
    public virtual ScopeRequirement RequiredScopes => Operation.Scopes;

    /// <summary>
    /// Whether this request may be repeated after a transient fault. Defaults to the operation's flag; operations
    /// whose effect depends on their arguments (e.g. reorder versus replace of playlist items) override it.
    /// </summary>
    public virtual bool IsIdempotent => Operation.IsIdempotent;

    /// <summary>Checks every argument against Spotify's rules.</summary>
    /// <exception cref="ArgumentException">An argument is invalid; the exception names it.</exception>
    public abstract void Validate();

    /// <summary>Builds the path and query below the API base address, e.g. <c>albums/4aawyAB9vmqN3uQ7FjRGTy?market=ES</c>.</summary>
    /// <returns>The relative URI, with every argument escaped.</returns>
    internal abstract string BuildRelativeUri();

    /// <summary>Builds the request body, or <see langword="null"/> when the operation sends none.</summary>
    /// <returns>The body.</returns>
    internal virtual HttpContent? BuildContent() => null;
}
