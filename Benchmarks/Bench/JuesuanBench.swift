import Foundation
import JuesuanCore
import JuesuanPDF

/// `juesuan-bench`: measurements that `juesuan` itself does not make, for `Benchmarks/run.sh`.
///
/// `juesuan-bench parse [--repeat N] FILE...` parses every file (each `N` times, default 1) on
/// one thread and prints one JSON object: files, bytes parsed, parse seconds and MB/s. Reading
/// the files is not timed, and only one file is held in memory at a time, so a corpus of any
/// size can be measured. A file that fails to parse is an error (exit 1): a throughput over
/// refused files would measure the wrong thing. `juesuan-bench dump FILE...` prints every
/// parsed value (of text or PDF reports), to check that a faster parser reads the same.
@main
struct JuesuanBench {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "dump" {
            // Every parsed value of each file, for comparing two builds of the parser.
            for path in arguments.dropFirst() {
                do {
                    print(String(reflecting: try ReportReader.read(path)))
                } catch {
                    print("error: \(error)")
                }
            }
            return
        }
        guard arguments.first == "parse" else {
            FileHandle.standardError.write(Data("usage: juesuan-bench parse [--repeat N] FILE...\n".utf8))
            exit(64)
        }
        arguments.removeFirst()
        var repeats = 1
        if let index = arguments.firstIndex(of: "--repeat"), index + 1 < arguments.count, let count = Int(arguments[index + 1]), count > 0 {
            repeats = count
            arguments.removeSubrange(index...(index + 1))
        }
        var bytes = 0
        var seconds = 0.0
        var rows = 0
        do {
            for path in arguments {
                let data = try ReportFile.read(path)
                for _ in 0..<repeats {
                    let start = DispatchTime.now().uptimeNanoseconds
                    let report = try ReportParser.parse(file: path, data: data)
                    seconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    bytes += data.count
                    rows += report.tables.reduce(0) { $0 + $1.rows.count }
                }
            }
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            exit(1)
        }
        let megabytes = Double(bytes) / 1_000_000
        let rate = seconds > 0 ? megabytes / seconds : 0
        print(
            #"{"files": \#(arguments.count), "repeats": \#(repeats), "bytes": \#(bytes), "table_rows": \#(rows), "#
                + #""seconds": \#(String(format: "%.4f", seconds)), "mb_per_s": \#(String(format: "%.2f", rate))}"#)
    }
}
