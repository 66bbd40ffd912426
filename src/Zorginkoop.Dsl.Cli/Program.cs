using System.Text;
using Zorginkoop.Dsl.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApplication.Run(args, Console.Out, Console.Error);
