using System;
using System.Collections.Generic;
using System.IO;
using PdeDsl;
using Samples.HeatInverse;
using Xunit;

namespace PdeDsl.Training.Tests;

/// <summary>observe "heat.csv": u — reading the file, and one clear line (exit 2) for each way it can be wrong.</summary>
public sealed class ObservationFileTests
{
    private static readonly Observation Heat = new("heat.csv", new[] { "u" }, 9);

    private static string Error(string text)
    {
        using var folder = new TempFolder();
        var path = folder.File("heat.csv");
        File.WriteAllText(path, text);
        var e = Assert.Throws<ArgumentException>(() => ObservationFile.Read(new HeatInverse(), Heat, path));
        Assert.DoesNotContain('\n', e.Message);
        Assert.Contains(path, e.Message);
        return e.Message;
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_others_are_ignored()
    {
        using var folder = new TempFolder();
        var path = folder.File("heat.csv");
        File.WriteAllText(path, "u, note ,x,t\n0.5,a,0.25,1\n-1e-3,b,1,0\n");
        var data = ObservationFile.Read(new HeatInverse(), Heat, path);
        Assert.Equal(2, data.Rows);
        Assert.Equal(new[] { 1, 0.25, 0, 1 }, data.Points); // t, x in the input's order
        Assert.Equal(new[] { 0.5, -1e-3 }, data.Values);
    }

    [Fact]
    public void A_missing_file_names_the_file_and_the_data_option()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".csv");
        var e = Assert.Throws<ArgumentException>(() => ObservationFile.Read(new HeatInverse(), Heat, path));
        Assert.Contains(path, e.Message);
        Assert.Contains("does not exist", e.Message);
        Assert.Contains("--data heat=PATH", e.Message);
    }

    [Fact]
    public void A_missing_column_is_named_with_the_header_row()
    {
        var message = Error("t,u\n0,1\n");
        Assert.Contains("row 1", message);
        Assert.Contains("no column 'x'", message);
        Assert.Contains("needs t, x, u", message);
    }

    [Fact]
    public void A_value_that_is_not_a_number_names_its_row_and_column()
    {
        var message = Error("t,x,u\n0,0.5,1\n0.1,abc,0.9\n");
        Assert.Contains("row 3, column 'x': 'abc' is not a finite number", message);
        Assert.Contains("row 2, column 'u': 'nan'", Error("t,x,u\n0,0.5,nan\n"));
    }

    [Fact]
    public void A_row_of_the_wrong_width_names_its_row()
    {
        Assert.Contains("row 3: 2 columns, but the header has 3", Error("t,x,u\n0,0.5,1\n0.1,0.2\n"));
        Assert.Contains("row 2: 4 columns, but the header has 3", Error("t,x,u\n0,0.5,1,7\n"));
    }

    [Fact]
    public void An_empty_file_or_one_without_rows_is_refused()
    {
        Assert.Contains("is empty", Error(""));
        Assert.Contains("no rows", Error("t,x,u\n"));
    }

    [Fact]
    public void Data_names_the_file_as_written_or_without_extension_and_unknown_names_are_refused()
    {
        Assert.Equal("a.csv", ObservationFile.Resolve(Heat, new Dictionary<string, string> { ["heat.csv"] = "a.csv" }));
        Assert.Equal("b.csv", ObservationFile.Resolve(Heat, new Dictionary<string, string> { ["heat"] = "b.csv" }));
        Assert.Equal("heat.csv", ObservationFile.Resolve(Heat, null));
        var e = Assert.Throws<ArgumentException>(() => ObservationFile.CheckNames(new HeatInverse(), new Dictionary<string, string> { ["temp"] = "x.csv" }));
        Assert.Contains("observes \"heat.csv\"", e.Message);
    }

    [Fact]
    public void The_command_line_refuses_a_bad_file_with_one_line_and_exit_2_before_training()
    {
        using var folder = new TempFolder();
        var path = folder.File("bad.csv");
        File.WriteAllText(path, "t,x,u\n0,0.5,1\n0.1,oops,0.9\n");
        var (code, output, error) = CliTests.Run(new HeatInverse(), "--steps", "3", "--device", "cpu", "--data", "heat=" + path);
        Assert.Equal(2, code);
        Assert.Equal($"error: The observation file '{path}' (for \"heat.csv\"), row 3, column 'x': 'oops' is not a finite number.", error.Trim());
        Assert.DoesNotContain("step 1", output);
    }
}
