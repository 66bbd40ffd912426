using System.Runtime.InteropServices;
using System.Text;
using Zorginkoop.Dsl.Cli;
using Zorginkoop.Dsl.Semantics.FileSystem;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

// A terminating signal ends the process without running its finally blocks: temporaries being written go first.
// The handlers do not cancel the signal, so the process still ends as it would have.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => AtomicFile.DeleteInFlight());
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => AtomicFile.DeleteInFlight());
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => AtomicFile.DeleteInFlight());
return CliApplication.Run(args, Console.Out, Console.Error);
