using WorkerSample;

// The whole app is in SampleApp so that the flow reads top to bottom: configuration, the emulator when no
// credentials are set, AddSpotantic, and one hosted service for the chosen command.
return await SampleApp.RunAsync(args).ConfigureAwait(false);
