import Foundation
import JuesuanCore
import Testing

/// Variations real reports show beyond the seed, each on a fragment written for it.
@Suite struct VariationTests {
    /// Shanghai style: title 部门收支决算总表 without a 公开 marker, amounts in 元 with
    /// thousands separators, no 行次 columns, and all 26 功能分类 categories listed.
    @Test func summaryWithAllCategoriesInYuan() throws {
        let categories = [
            "一般公共服务", "外交", "国防", "公共安全", "教育", "科学技术", "文化旅游体育与传媒", "社会保障和就业", "卫生健康", "节能环保",
            "城乡社区", "农林水", "交通运输", "资源勘探工业信息等", "商业服务业等", "金融", "援助其他地区", "自然资源海洋气象等",
            "住房保障", "粮油物资储备", "国有资本经营预算", "灾害防治及应急管理", "其他", "债务还本", "债务付息", "抗疫特别国债安排的",
        ]
        let incomes = ["一、一般公共预算财政拨款收入|2,940,050.00", "二、政府性基金预算财政拨款收入|", "八、其他收入|6,200.00"]
        let lines = categories.enumerated().map { index, name in
            let amount = [0: "2,106,660.00", 7: "326,710.00", 8: "60,990.00", 18: "445,690.00"][index] ?? ""
            let left = index < incomes.count ? incomes[index] : "|"
            return "\(left)|\(index + 1)、\(name)支出|\(amount)"
        }
        let body = """
            部门收支决算总表
            单位：元
            收入||支出|
            项目|决算数|项目|决算数
            \(lines.joined(separator: "\n"))
            本年收入合计|2,946,250.00|本年支出合计|2,940,050.00
            总计|2,995,390.00|总计|2,995,390.00
            注：本表反映部门本年度的总收支。
            """
        let report = try Fixture.report(body)
        #expect(report.cover.amountUnit == "元")
        let gk01 = try #require(report.table(.gk01))
        let expense = gk01.side(.expense)
        #expect(expense.count == 28)
        #expect(expense[0] == ("1、一般公共服务支出", nil, ["2,106,660.00"]))
        #expect(expense[1] == ("2、外交支出", nil, [nil]))
        #expect(expense[25] == ("26、抗疫特别国债安排的支出", nil, [nil]))
        #expect(gk01.side(.income).map(\.0) == ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "八、其他收入", "本年收入合计", "总计"])
        let total = try #require(gk01.rows.first { $0.label == "本年收入合计" }?.cells.first?.amount)
        #expect(total.value == Decimal(string: "2946250"))
        #expect(total.sqlText == "2946250.00")
    }

    /// Codes printed in separate 类 / 款 / 项 columns, 合计 in the name column, a
    /// 财决 marker on the title line.
    @Test func splitCodeColumns() throws {
        let body = """
            收入决算表 财决02表
            单位：元
            项目||||本年收入合计|财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入
            科目代码|||科目名称|||||||
            类|款|项||||||||
            |||合计|2,946,250.00|2,940,050.00|||||6,200.00
            201|||一般公共服务支出|2,112,860.00|2,106,660.00|||||6,200.00
            201|06||财政事务|2,112,860.00|2,106,660.00|||||6,200.00
            201|06|01|行政运行|1,511,900.00|1,511,890.00|||||10.00
            """
        let gk02 = try #require(try Fixture.report(body).table(.gk02))
        #expect(gk02.coded.map(\.0) == [nil, "201", "20106", "2010601"])
        #expect(gk02.coded[0] == (nil, "合计", ["2,946,250.00", "2,940,050.00", nil, nil, nil, nil, "6,200.00"]))
        #expect(gk02.coded[3] == ("2010601", "行政运行", ["1,511,900.00", "1,511,890.00", nil, nil, nil, nil, "10.00"]))
    }

    /// A code printed inside the 项目 cell, with spaces between 类, 款 and 项.
    @Test func codeInsideTheItemCell() throws {
        let body = """
            一般公共预算财政拨款支出决算表
            单位：万元
            项目|合计|基本支出|项目支出
            合计|100.00|70.00|30.00
            201 一般公共服务支出|100.00|70.00|30.00
            """
        let gk05 = try #require(try Fixture.report(body).table(.gk05))
        // No 人员经费 / 公用经费 columns: the row has cells for 合计, 基本支出 and 项目支出 only.
        #expect(gk05.coded[1] == ("201", "一般公共服务支出", ["100.00", "70.00", "30.00"]))
    }

    /// An empty table followed by a no-data sentence, and a table printed as the sentence alone
    /// (after a 三公 table with amounts: a report whose tables are all blank is refused).
    @Test func emptyTables() throws {
        let body = """
            财政拨款“三公”经费支出决算表
            单位：万元
            预算数||||||决算数|||||
            合计|因公出国(境)费|公务用车购置及运行维护费|||公务接待费|合计|因公出国(境)费|公务用车购置及运行维护费|||公务接待费
            ||小计|公务用车购置费|公务用车运行维护费||||小计|公务用车购置费|公务用车运行维护费|
            1.00|1.00|||||1.00|1.00||||
            政府性基金预算财政拨款收入支出决算表
            公开07表
            单位：万元
            项目||年初结转 和结余|本年收入|本年支出|||年末结转 和结余
            科目 代码|科目 名称|||小计|基本支出|项目支出|
            合计|||||||
            注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
            本单位没有政府性基金预算财政拨款。
            国有资本经营预算财政拨款支出决算表
            公开08表
            单位：万元
            本单位没有国有资本经营预算财政拨款。
            """
        let report = try Fixture.report(body)
        let gk07 = try #require(report.table(.gk07))
        #expect(gk07.coded.count == 1)
        #expect(gk07.coded[0] == (nil, "合计", [nil, nil, nil, nil, nil, nil]))
        let gk08 = try #require(report.table(.gk08))
        #expect(gk08.rows.isEmpty)
        #expect(gk08.location.line == Fixture.line(of: "国有资本经营预算财政拨款支出决算表", in: body))
    }

    /// A row split by a page break (its 项目支出 on the next page, under a repeated header),
    /// a name wrapped onto the next line, and a code line whose name follows on two lines.
    @Test func pageBreaksAndWrappedNames() throws {
        let body = """
            支出决算表
            单位：万元
            项目||本年支出合计|基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出
            科目代码|科目名称||||||
            栏次||1|2|3|4|5|6
            合计||150.00|80.00|70.00|||
            2010301|行政运行|70.00|60.00||||

            项目||本年支出合计|基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出
            科目代码|科目名称||||||
            栏次||1|2|3|4|5|6
            ||||10.00||
            2010399|其他政府办公厅（室）及相关机构事务|30.00||30.00|||
            |支出||||||
            2080505||20.00|20.00||||
            |机关事业单位基本养老保险||||||
            |缴费支出||||||
            """
        let gk03 = try #require(try Fixture.report(body).table(.gk03))
        #expect(gk03.coded.count == 4)
        #expect(gk03.coded[1] == ("2010301", "行政运行", ["70.00", "60.00", "10.00", nil, nil, nil]))
        #expect(gk03.rows[1].cells[2].location.line == Fixture.line(of: "||||10.00", in: body))
        #expect(gk03.coded[2] == ("2010399", "其他政府办公厅（室）及相关机构事务支出", ["30.00", nil, "30.00", nil, nil, nil]))
        #expect(gk03.coded[3] == ("2080505", "机关事业单位基本养老保险缴费支出", ["20.00", "20.00", nil, nil, nil, nil]))
    }

    /// Header cells wrapped over two header rows (年初结转 / 和结余) still name their column.
    @Test func headersWrappedOverRows() throws {
        let body = """
            政府性基金预算财政拨款收入支出决算表
            单位：万元
            项目||年初结转|本年收入|本年支出|||年末结转
            ||和结余||小计|基本支出|项目支出|和结余
            科目代码|科目名称||||||
            合计||1.00|2.00|3.00|1.00|2.00|0.00
            """
        let gk07 = try #require(try Fixture.report(body).table(.gk07))
        #expect(gk07.coded[0] == (nil, "合计", ["1.00", "2.00", "3.00", "1.00", "2.00", "0.00"]))
    }

    /// 三公 with 预算数 / 决算数 interleaved under each item, as Shanghai prints it.
    @Test func sangongInterleaved() throws {
        let body = """
            财政拨款"三公"经费支出决算表
            单位：万元
            合计||因公出国（境）费||公务用车购置及运行维护费||||||公务接待费|
            ||||小计||公务用车购置费||公务用车运行维护费||||
            预算数|决算数|预算数|决算数|预算数|决算数|预算数|决算数|预算数|决算数|预算数|决算数
            12.00|10.00|0.00|0.00|8.00|7.00|0.00|0.00|8.00|7.00|4.00|3.00
            """
        let gk09 = try #require(try Fixture.report(body).table(.gk09))
        let amounts = gk09.rows[0].cells.map { "\($0.measure.code)=\($0.amount?.text ?? "")" }
        #expect(
            amounts == [
                "budget_sangong_total=12.00", "budget_sangong_abroad=0.00", "budget_sangong_vehicle_subtotal=8.00",
                "budget_sangong_vehicle_purchase=0.00", "budget_sangong_vehicle_operation=8.00", "budget_sangong_reception=4.00",
                "actual_sangong_total=10.00", "actual_sangong_abroad=0.00", "actual_sangong_vehicle_subtotal=7.00",
                "actual_sangong_vehicle_purchase=0.00", "actual_sangong_vehicle_operation=7.00", "actual_sangong_reception=3.00",
            ])
    }
}
