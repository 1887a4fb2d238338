using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spotantic.Clients;
using Spotantic.Configuration;

namespace Spotantic.Extensions.DependencyInjection.Tests.Registration;

public sealed class SpotanticBuilderConfigureClientTests
{
    [Fact]
    public async Task ConfigureClient_OverConfiguration_CodeWins()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Spotantic:Auth:ClientId"] = StubbedSpotantic.ClientId,
            ["Spotantic:Client:MaxAttempts"] = "2",
            ["Spotantic:Client:AttemptTimeout"] = "00:00:05",
        }).Build();
        var services = new ServiceCollection();
        services.AddSpotantic(configuration).ConfigureClient(client =>
        {
            client.MaxAttempts = 7;
            client.CheckInsufficientScope = false;
        });
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SpotanticOptions>>().Value;

        Assert.Equal(7, options.Client.MaxAttempts);
        Assert.False(options.Client.CheckInsufficientScope);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Client.AttemptTimeout);
    }

    [Fact]
    public async Task ConfigureClient_ApiBaseAddress_CallsGoThere()
    {
        var stub = new StubSpotifyHandler();
        var services = new ServiceCollection();
        StubbedSpotantic.Add(services, stub).ConfigureClient(client =>
        {
            client.ApiBaseAddress = new Uri("http://127.0.0.1:5999/proxy/v1/");
            client.AccountsBaseAddress = new Uri("http://127.0.0.1:5998/accounts/");
        });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAlbumsClient>().GetAlbumAsync(StubSpotifyHandler.AlbumId);

        Assert.Equal(
            ["http://127.0.0.1:5998/accounts/api/token", $"http://127.0.0.1:5999/proxy/v1/albums/{StubSpotifyHandler.AlbumId}"],
            stub.Requests.Select(r => r.Uri.AbsoluteUri));
    }

    [Fact]
    public async Task ConfigureClient_InvalidValue_FailsValidation()
    {
        var services = new ServiceCollection();
        StubbedSpotantic.Add(services, new StubSpotifyHandler()).ConfigureClient(client => client.MaxAttempts = 0);
        await using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SpotanticOptions>>().Value);

        Assert.Contains("Spotantic:Client:MaxAttempts", ex.Message, StringComparison.Ordinal);
    }
}
