namespace Spotantic.Extensions.DependencyInjection;

/// <summary>The names of the HttpClients Spotantic registers with IHttpClientFactory.</summary>
public static class SpotanticHttpClientNames
{
    /// <summary>The Web API client, with the Spotantic handler chain.</summary>
    public const string Api = "Spotantic.Api";

    /// <summary>The accounts client (token endpoint), without the auth handlers.</summary>
    public const string Accounts = "Spotantic.Accounts";
}
