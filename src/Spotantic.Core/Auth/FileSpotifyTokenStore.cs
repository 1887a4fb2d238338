using System.Text.Json;
using Spotantic.Exceptions;
using Spotantic.Serialization;

namespace Spotantic.Auth;

/// <summary>
/// Keeps tokens in files, in the Python library's token cache format (<c>expires_at</c> a naive local time,
/// <c>token_type</c> exactly <c>Bearer</c>), so a file written by either library loads in the other on the same machine.
/// </summary>
/// <remarks>
/// The default key's token lives at the configured path, in the Python library's single-token format. Every other key
/// has a file of its own in the folder <c>&lt;path&gt;.keys</c> (owner-only on Unix), named by the SHA-256 of the key: a
/// key is user input, so it never becomes part of a path as it is. Writes go to a
/// temporary file in the same directory (owner read/write only on Unix) that then replaces the target with an
/// atomic rename, so a reader never sees a half-written file and a crash leaves the previous token intact.
/// </remarks>
public sealed class FileSpotifyTokenStore : ISpotifyTokenStore
{
    private readonly string _path;

    /// <summary>Initializes a store whose default token lives at <paramref name="path"/>.</summary>
    /// <param name="path">The token cache file, e.g. <c>.token_info_cache</c>.</param>
    public FileSpotifyTokenStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
    }

    /// <summary>Returns the file that holds the token of <paramref name="key"/>.</summary>
    /// <param name="key">The token key (any 1-512 characters).</param>
    /// <returns>The full path.</returns>
    public string GetFilePath(string key)
    {
        SpotifyTokenKeys.Validate(key, nameof(key));
        return key == SpotifyTokenKeys.Default ? _path : Path.Combine(KeysDirectory, SpotifyTokenKeys.FullHash(key) + ".json");
    }

    /// <summary>The folder that holds the tokens of every key other than the default one.</summary>
    public string KeysDirectory => _path + ".keys";

    /// <inheritdoc />
    public async ValueTask<SpotifyToken?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = GetFilePath(key);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }

        try
        {
            var token = TokenCacheFile.Read(bytes);
            if (token is null || string.IsNullOrEmpty(token.AccessToken))
            {
                throw new SpotifyTokenStoreException($"The token file '{path}' holds no access token. Delete it and authorize again.");
            }

            return token;
        }
        catch (JsonException ex)
        {
            throw new SpotifyTokenStoreException($"The token file '{path}' is not a valid token (line {ex.LineNumber + 1}). Delete it and authorize again.", ex);
        }
    }

    /// <inheritdoc />
    public async ValueTask SetAsync(string key, SpotifyToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var path = GetFilePath(key);
        var directory = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows() || !string.Equals(directory, KeysDirectory, StringComparison.Ordinal))
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            // The keys folder lists who has signed in (as hashes): readable by the owner only, like the files in it.
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            var stream = new FileStream(temporary, options);
            await using (stream.ConfigureAwait(false))
            {
                await TokenCacheFile.WriteAsync(stream, token, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <inheritdoc />
    public ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        TryDelete(GetFilePath(key));
        return ValueTask.CompletedTask;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Nothing to clean up, or another process holds it: the next write replaces it anyway.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
