using System.Collections.Concurrent;
using Spotantic.Testing.Accounts;
using Spotantic.Testing.Catalog;

namespace Spotantic.Testing.State;

/// <summary>Everything an emulator instance holds; endpoint groups receive it in their <c>Map</c> method.</summary>
internal sealed class EmulatorState
{
    private string? _baseAddress;

    public EmulatorState(SpotifyEmulatorOptions options)
    {
        Clock = options.TimeProvider ?? TimeProvider.System;
        var data = CatalogData.ForSeed(options.CatalogSeed);
        Catalog = new EmulatorCatalog(data);
        Tokens = new TokenStore();
        Accounts = new EmulatorAccounts(this);
        Faults = new EmulatorFaults(options.FaultSeed);
        RequestLog = new EmulatorRequestLog();

        foreach (var seed in data.UserSeeds)
        {
            if (seed.Id == CatalogGenerator.DemoUserId && !options.CreateDemoUser)
            {
                continue;
            }

            var user = new EmulatorUser(seed.Id, seed.AccountId, seed.DisplayName, seed.Email, seed.Country, seed.Product, seed.Followers, Clock);
            Users[user.Id] = user;
        }

        if (Users.TryGetValue(CatalogGenerator.DemoUserId, out var demo))
        {
            foreach (var (type, entries) in data.DemoLibrary)
            {
                foreach (var entry in entries)
                {
                    demo.Library.Add(type, [entry.Id], entry.AddedAt);
                }
            }

            lock (demo.Player.Gate)
            {
                demo.Player.Devices.Add(new PlayerDevice { Id = "emulatordesktop0000000000000000000000001", Name = "Emulator Desktop", Type = "Computer", VolumePercent = 70 });
                demo.Player.Devices.Add(new PlayerDevice { Id = "emulatorphone000000000000000000000000002", Name = "Emulator Phone", Type = "Smartphone", VolumePercent = 40 });
                demo.Player.Devices.Add(new PlayerDevice { Id = "emulatorspeaker0000000000000000000000003", Name = "Kitchen speaker", Type = "Speaker", VolumePercent = 55 });
                demo.Player.RecentlyPlayed.AddRange(data.DemoRecentlyPlayed);
            }
        }
    }

    public TimeProvider Clock { get; }

    public EmulatorCatalog Catalog { get; }

    public ConcurrentDictionary<string, EmulatorApp> Apps { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, EmulatorUser> Users { get; } = new(StringComparer.Ordinal);

    public TokenStore Tokens { get; }

    public EmulatorAccounts Accounts { get; }

    public EmulatorFaults Faults { get; }

    public EmulatorRequestLog RequestLog { get; }

    /// <summary>Cancelled when the emulator stops, so that delayed responses end at once.</summary>
    public CancellationTokenSource Stopping { get; } = new();

    /// <summary>The server's own address, e.g. <c>http://127.0.0.1:5599/</c>; known once the server listens.</summary>
    public string BaseAddress => _baseAddress ?? throw new InvalidOperationException("The emulator is not listening yet.");

    /// <summary>The absolute API base, e.g. <c>http://127.0.0.1:5599/v1/</c>.</summary>
    public string ApiBase { get; private set; } = string.Empty;

    public void SetBaseAddress(Uri address)
    {
        _baseAddress = address.AbsoluteUri;
        ApiBase = _baseAddress + "v1/";
    }

    public EmulatorUser? FindUser(string id) => Users.GetValueOrDefault(id);
}
