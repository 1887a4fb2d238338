using System.Net;

namespace Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

/// <summary>What the simulated browser saw while following one authorization address.</summary>
/// <param name="AuthorizeStatus">The status of the authorize page.</param>
/// <param name="RedirectLocation">Where the authorize page redirected to, if it did.</param>
/// <param name="CallbackStatus">The status of the redirect target (Spotantic's loopback listener), if it was reached.</param>
/// <param name="CallbackBody">The page the listener showed.</param>
public sealed record BrowserNavigation(HttpStatusCode AuthorizeStatus, Uri? RedirectLocation, HttpStatusCode? CallbackStatus, string? CallbackBody);
