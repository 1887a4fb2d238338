namespace Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

/// <summary>An album of the fake server's catalog.</summary>
/// <param name="Id">The 22-character Spotify ID.</param>
/// <param name="Name">The title.</param>
/// <param name="AlbumType">album, single or compilation.</param>
/// <param name="ArtistId">The artist's Spotify ID.</param>
/// <param name="ArtistName">The artist's name.</param>
/// <param name="ReleaseDate">The release date, as precise as <paramref name="ReleaseDatePrecision"/>.</param>
/// <param name="ReleaseDatePrecision">year, month or day.</param>
/// <param name="Label">The record label.</param>
/// <param name="Upc">The UPC barcode.</param>
/// <param name="Tracks">The tracks, in order.</param>
public sealed record FakeAlbum(
    string Id,
    string Name,
    string AlbumType,
    string ArtistId,
    string ArtistName,
    string ReleaseDate,
    string ReleaseDatePrecision,
    string Label,
    string Upc,
    IReadOnlyList<FakeTrack> Tracks);
