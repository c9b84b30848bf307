import Testing

@testable import JuesuanCore

/// Titles read by meaning: the wordings real budgets print land on one table; a title that
/// means something else is not taken.
@Suite struct TitleMeaningTests {
    static func table(_ title: String) -> GongkaiTable? { TableLocator.table(titled: title) }

    @Test(arguments: [
        "收支总表", "部门收支总表", "收支总体情况表", "2026年市级部门收支预算总表", "预算01表收支总表", "预算01表 收支总表", "表1 2021年部门综合预算收支总表",
        "１．２０２６年预算单位财务收支预算总表", "一、收支总体情况表", "深圳市民政局2026年部门收支总表", "2026年部门收支总体情况表", "1、部门收支总表",
    ])
    func theWordingsOfOneTableMeetOnIt(_ title: String) {
        #expect(Self.table(title) == .ys01, "\(title)")
    }

    @Test func aClassificationInTheTitleChoosesTheTable() {
        for title in ["一般公共预算支出情况表（按功能分类科目）", "表5 2021年部门综合预算一般公共预算支出明细表（按支出功能分类科目）", "2026年预算单位一般公共预算支出功能分类预算表"] {
            #expect(Self.table(title) == .ys05, "\(title)")
        }
        for title in ["一般公共预算基本支出情况表（按经济分类科目）", "2026年预算单位一般公共预算基本支出部门预算经济分类预算表", "预算06表一般公共预算基本支出表"] {
            #expect(Self.table(title) == .ys06, "\(title)")
        }
        // 基本支出 by 功能分类 is not the 经济分类 table ys06 reads.
        #expect(Self.table("表7 2021年部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）") == nil)
    }

    @Test func aTitleWrappedBeforeItsClassificationIsReadWhole() {
        // Xi'an prints the classification, with a qualifier, on the title's next line.
        #expect(PDFLayout.isClassificationLine("（按支出经济分类科目-不含上年结转）"))
        #expect(!PDFLayout.isClassificationLine("（一）收入预算情况"))
        #expect(Self.table("2021年部门综合预算一般公共预算支出明细表" + "（按支出经济分类科目-不含上年结转）") == .budgetGeneralEcon)
        #expect(Self.table("2021年部门综合预算一般公共预算支出明细表" + "（按支出功能分类科目-不含上年结转）") == .ys05)
    }

    /// The meaning is read only of a key that can still end in 表 (`TitleVocabulary.mayEndTitle`):
    /// after a title, every word the reduction drops leaves it read as before; the note printed
    /// under a table is no title.
    @Test func aTitleFollowedByAWordTheReductionDropsIsStillRead() {
        let words = TitleVocabulary.classifications.flatMap(\.0) + TitleVocabulary.qualifiers + TitleVocabulary.dropped
        #expect(words.count == 8 + 9 + 4 + 17)
        for word in words {
            #expect(TitleMeaning(key: TextNormalizer.key("收支总表" + word))?.name == "收支表", "收支总表\(word)")
        }
        #expect(TitleMeaning(key: TextNormalizer.key("注：本表反映部门本年度的总收支和年末结转结余情况。")) == nil)
    }

    @Test func otherTablesAreNotTaken() {
        for title in ["2026年项目支出绩效目标表", "预算13表部门整体支出绩效目标表", "第二部分2026年部门预算表", "单位预算表", "执行计划表", "部门预算项目支出及其他支出预算表"] {
            #expect(Self.table(title) == nil, "\(title)")
        }
        // A sentence that ends in 表 is no title.
        #expect(Self.table("以上部门预算报表中，空表表示本部门无相关收支情况，具体情况详见各部门预算收支总表") == nil)
    }

    @Test func finalAccountsTitlesStayTheirs() {
        #expect(Self.table("收入支出决算总表") == .gk01)
        #expect(Self.table("公开01表 收入支出决算总表") == .gk01)
        #expect(Self.table("一般公共预算财政拨款支出决算表") == .gk05)
    }
}
