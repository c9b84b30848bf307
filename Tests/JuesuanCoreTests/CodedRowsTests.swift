import Testing

@testable import JuesuanCore

/// How a row of a table by 科目 is keyed.
@Suite struct CodedRowsTests {
    /// A 科目's code printed in its name's cell, as Beijing and Guangzhou print it; a number that
    /// is not a code (a year, an amount) does not lead a name.
    @Test func aCodeLeadsItsNameInTheWaysPublishersPrintIt() {
        #expect(TableReader.leadingCode("2010301 行政运行")! == ("2010301", "行政运行"))
        #expect(TableReader.leadingCode("30101-基本工资")! == ("30101", "基本工资"))
        #expect(TableReader.leadingCode("[30101]基本工资")! == ("30101", "基本工资"))
        #expect(TableReader.leadingCode("2026年预算") == nil)
        #expect(TableReader.leadingCode("[3010]基本工资") == nil)
        #expect(TableReader.leadingCode("301-") == nil)
    }
}
