// The `terreau` command. See issue #6.
process.stderr.write('terreau: not implemented yet\n');
process.exitCode = 2;
