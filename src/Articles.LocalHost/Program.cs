// STUB: the local host that runs the real function classes of Articles.Functions on :7071 lands here.
Console.Error.WriteLine("Articles.LocalHost is not built yet.");
return 1;
