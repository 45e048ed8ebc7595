using Articles.Fuzz;
using SharpFuzz;

// Under afl-fuzz each input is one page's bytes. The out-of-process runner keeps the fuzzing session alive when an
// input hangs or kills the worker (stack overflow), so such inputs are recorded instead of ending the session.
// "replay FILE..." runs saved inputs on the plain (uninstrumented) build to show the exception or the slowness.
if (args.Length > 0 && args[0] == "replay")
{
    return FindingReplay.Run(args[1..], Console.Out);
}

var slowInputs = SlowInputLog.FromEnvironment();
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    var page = buffer.ToArray();
    slowInputs.Time(page, () => ExtractorTarget.Run(page));
});
return 0;
