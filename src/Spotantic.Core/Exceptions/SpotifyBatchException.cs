namespace Spotantic.Exceptions;

/// <summary>
/// A write that Spotantic split into several requests (more items than Spotify accepts at once) failed part-way.
/// Says exactly which items Spotify applied, which chunk failed, and which were never sent, so a caller can
/// resume without applying anything twice.
/// </summary>
public sealed class SpotifyBatchException : SpotanticException
{
    /// <summary>Initializes a new instance describing how far the batch got.</summary>
    /// <param name="operationId">The operation.</param>
    /// <param name="appliedItems">Items of the chunks Spotify accepted.</param>
    /// <param name="failedItems">Items of the chunk that failed: Spotify did not confirm them.</param>
    /// <param name="notSentItems">Items of the chunks after the failure, never sent.</param>
    /// <param name="innerException">Why the chunk failed.</param>
    public SpotifyBatchException(string operationId, IReadOnlyList<string> appliedItems, IReadOnlyList<string> failedItems, IReadOnlyList<string> notSentItems, Exception innerException)
        : base($"Spotify operation '{operationId}' failed part-way: {appliedItems.Count} item(s) applied, {failedItems.Count} in the failed request, {notSentItems.Count} not sent. {innerException?.Message}", innerException)
    {
        OperationId = operationId;
        AppliedItems = appliedItems;
        FailedItems = failedItems;
        NotSentItems = notSentItems;
    }

    /// <summary>Initializes a new instance with a default message.</summary>
    public SpotifyBatchException()
        : this("unknown", [], [], [], new SpotanticException())
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public SpotifyBatchException(string message)
        : base(message)
    {
        OperationId = "unknown";
        AppliedItems = FailedItems = NotSentItems = [];
    }

    /// <summary>Initializes a new instance with the given message and cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SpotifyBatchException(string message, Exception? innerException)
        : base(message, innerException)
    {
        OperationId = "unknown";
        AppliedItems = FailedItems = NotSentItems = [];
    }

    /// <summary>The operation that failed.</summary>
    public string OperationId { get; }

    /// <summary>The items Spotify applied (their requests succeeded), in input order.</summary>
    public IReadOnlyList<string> AppliedItems { get; }

    /// <summary>The items of the request that failed; Spotify did not confirm them (after a timeout they may still have been applied).</summary>
    public IReadOnlyList<string> FailedItems { get; }

    /// <summary>The items after the failed request, which were never sent.</summary>
    public IReadOnlyList<string> NotSentItems { get; }
}
