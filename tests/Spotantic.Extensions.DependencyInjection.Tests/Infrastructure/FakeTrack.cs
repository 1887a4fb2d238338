namespace Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

/// <summary>A track of the fake server's catalog.</summary>
/// <param name="Id">The 22-character Spotify ID.</param>
/// <param name="Name">The title.</param>
/// <param name="TrackNumber">The position on the album, from 1.</param>
/// <param name="DurationMs">The length in milliseconds.</param>
/// <param name="Explicit">Whether the track has explicit lyrics.</param>
public sealed record FakeTrack(string Id, string Name, int TrackNumber, int DurationMs, bool Explicit);
