namespace Spotantic.Extensions.DependencyInjection;

/// <summary>The names of the HttpClients Spotantic registers with IHttpClientFactory.</summary>
public static class SpotanticHttpClientNames
{
    /// <summary>The Web API client of the unnamed registration, with the Spotantic handler chain.</summary>
    public const string Api = "Spotantic.Api";

    /// <summary>The accounts client (token endpoint) of the unnamed registration, without the auth handlers.</summary>
    public const string Accounts = "Spotantic.Accounts";

    /// <summary>The Web API client's name for an app registered as <c>AddSpotantic(name, ...)</c>.</summary>
    /// <param name="appName">The app's name; <see langword="null"/> for the unnamed registration.</param>
    /// <returns>The HttpClient name.</returns>
    public static string ApiFor(string? appName) => appName is null ? Api : Api + "." + appName;

    /// <summary>The accounts client's name for an app registered as <c>AddSpotantic(name, ...)</c>.</summary>
    /// <param name="appName">The app's name; <see langword="null"/> for the unnamed registration.</param>
    /// <returns>The HttpClient name.</returns>
    public static string AccountsFor(string? appName) => appName is null ? Accounts : Accounts + "." + appName;
}
