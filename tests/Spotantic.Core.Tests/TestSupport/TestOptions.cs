using Spotantic.Configuration;

namespace Spotantic.Core.Tests.TestSupport;

public static class TestOptions
{
    public const string ClientId = "test-client-id";
    public const string ClientSecret = "test-client-secret-value";
    public static readonly Uri ApiBaseAddress = new("https://api.test/v1/");
    public static readonly Uri AccountsBaseAddress = new("https://accounts.test/");
    public static readonly Uri TokenEndpoint = new("https://accounts.test/api/token");

    /// <summary>Valid options for <paramref name="flow"/>, pointing at the stub hosts, with retries that do not wait.</summary>
    public static SpotanticOptions Create(SpotifyAuthFlow flow = SpotifyAuthFlow.AuthorizationCodePkce, string? scope = "user-library-read")
    {
        return new SpotanticOptions
        {
            Auth =
            {
                ClientId = ClientId,
                ClientSecret = flow == SpotifyAuthFlow.AuthorizationCodePkce ? null : ClientSecret,
                Flow = flow,
                Scope = scope,
                RedirectUri = "http://127.0.0.1:8000/callback",
            },
            Client =
            {
                ApiBaseAddress = ApiBaseAddress,
                AccountsBaseAddress = AccountsBaseAddress,
                RetryBaseDelay = TimeSpan.Zero,
                MaxRetryAfter = TimeSpan.FromSeconds(2),
            },
        };
    }
}
