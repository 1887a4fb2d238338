namespace WorkerSample;

/// <summary>A setting of the sample itself (the <c>Sample</c> section or the command line) is wrong.</summary>
internal sealed class SampleConfigurationException(string message) : Exception(message);
