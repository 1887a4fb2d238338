using Microsoft.AspNetCore.Builder;

namespace Spotantic.Testing.Routing;

/// <summary>Endpoint metadata naming the spec operation a route implements and what its token needs.</summary>
internal sealed record SpotifyOperationMetadata(string OperationId, ScopeRequirement Requirement);

/// <summary>Marks the catch-all route of the API, the only API route without an operation.</summary>
internal sealed class ApiFallbackMetadata
{
    public static ApiFallbackMetadata Instance { get; } = new();
}

internal static class SpotifyRouteExtensions
{
    /// <summary>
    /// Wraps an asynchronous handler. A bare <c>HttpContext =&gt; Task&lt;IResult&gt;</c> lambda would bind as a
    /// <c>RequestDelegate</c> and its result would be dropped (ASP0016); as a <see cref="Delegate"/> the result is written.
    /// </summary>
    public static Delegate Async(Func<Microsoft.AspNetCore.Http.HttpContext, Task<Microsoft.AspNetCore.Http.IResult>> handler) => handler;

    /// <summary>
    /// Declares the spec operation a route implements (its <c>operationId</c>, also the endpoint name) and what the
    /// token needs. Every API route must call this; the emulator refuses to start otherwise.
    /// </summary>
    public static RouteHandlerBuilder ForOperation(this RouteHandlerBuilder builder, string operationId, ScopeRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithName(operationId).WithMetadata(new SpotifyOperationMetadata(operationId, requirement));
    }
}
