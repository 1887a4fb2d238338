namespace Spotantic.Fuzz.Tests.Support;

/// <summary>Counts the cases a property really ran, so a test can prove it ran as many as it claims.</summary>
internal sealed class CaseCounter
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}
