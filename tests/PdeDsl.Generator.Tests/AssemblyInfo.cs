using ApprovalTests.Reporters;

[assembly: UseReporter(typeof(QuietReporter))]
