import Foundation
import JuesuanLibPQ
import JuesuanWarehouse
import Testing

/// The seed's 50 项目支出绩效自评表 through gongkai.gk10_*.
@Suite struct ProjectViewTests {
    @Test func indicatorsKeepTheirLevelsAcrossMessyRows() throws {
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            #expect(try warehouse.lines("select count(*) from gongkai.gk10_indicators") == ["197"])
            let rows = try warehouse.lines(
                """
                select project_name, level1, level2, level3, target, actual, weight, score, deviation
                from gongkai.gk10_indicators where ord in (1, 2, 4) or level3 in ('组织列席“两会”参事、馆员人数', '人员工资按时发放', '保障办公楼水电正常运转率')
                    or target = '≥100000人次'
                order by ord
                """)
            #expect(
                rows == [
                    "政府序列会议经费\t产出指标\t数量指标\t会议审核比例\t=100%\t100%\t25\t25\t\\N",
                    "政府序列会议经费\t产出指标\t数量指标\t全省规模会议计划召开场次\t≤85场次\t85场次\t25\t25\t\\N",
                    "政府序列会议经费\t满意度指标\t服务对象满意度指标\t参会人员满意度\t≥90%\t90%\t10\t0\t\\N",
                    // cells wrapped with spaces inside words (line 729)
                    "参事、馆员调研考察经费\t产出指标\t数量指标\t组织列席“两会”参事、馆员人数\t≥40人\t40人\t25\t25\t\\N",
                    "办公楼运行经费\t效益指标\t社会效益指标\t保障办公楼水电正常运转率\t$\\geq 98\\%$\t98%\t20\t20\t无偏差",
                    // a row shifted one column left keeps the 一级 from above (line 818)
                    "业务管理经费\t产出指标\t时效指标\t人员工资按时发放\t每月15日发放\t每月15日发放\t15\t15\t无偏差",
                    // the 三级 printed in the first column, the levels blank (line 1164)
                    "政务经贸及宣传招引工作经费\t效益指标\t社会效益指标\t吉林省对外知名度及影响力提升\t≥100000人次\t100000人次\t10\t10\t\\N",
                ])
        }
    }

    @Test func targetsAreReadIntoComparisonNumberAndUnit() throws {
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            let rows = try warehouse.lines(
                """
                select target_text, target_comparison, target_value, target_unit from fiscal.fact_project_indicator
                where target_text in ('≤85场次', '≥90%', '≤6000元', '有所提高', '=1年')
                group by 1, 2, 3, 4 order by 1
                """)
            #expect(rows == ["=1年\t=\t1\t年", "≤6000元\t≤\t6000\t元", "≤85场次\t≤\t85\t场次", "≥90%\t≥\t90\t%", "有所提高\t\\N\t\\N\t\\N"])
        }
    }

    @Test func everyImplementingUnitIsOneOfTheListedUnits() throws {
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            #expect(try warehouse.lines("select count(*) from fiscal.dim_project where unit_id = 0") == ["0"])
            #expect(try warehouse.lines("select count(*) from fiscal.dq_finding where check_id = 'project_unit_unknown'") == ["0"])
            // 驻深圳办事处(本级) and （本级） are one unit; 驻上海办事处 without （本级） is the （本级） unit.
            #expect(
                try warehouse.lines(
                    """
                    select u.unit_name, count(*) from fiscal.dim_project p inner join fiscal.dim_unit u using (unit_id)
                    where u.unit_name like '%深圳%' or u.unit_name like '%上海%' group by 1 order by 1
                    """) == ["吉林省人民政府驻上海办事处（本级）\t4", "吉林省人民政府驻深圳办事处（本级）\t6"])
            #expect(try warehouse.lines("select count(*), count(distinct unit_name) from fiscal.dim_unit where unit_id > 0") == ["21\t21"])
        }
    }

    @Test func goalsLoseTheirMarkupAndKeepParagraphs() throws {
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            let goal = try warehouse.lines("select goal_expected from fiscal.dim_project where project_name = '政府信息公开工作经费'")
            let text = try #require(goal.first)
            #expect(text.hasPrefix("1、按照全年工作安排，启动开展第三方评估"))
            #expect(text.contains("高效开展。\\n2、逐步优化政府信息公开平台建设") || text.contains("高效开展。\n2、逐步优化政府信息公开平台建设"))
            #expect(!text.contains("<p>"))
        }
    }
}
