package org.budgetdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdesk.check.CheckFixtures.only;
import static org.budgetdesk.check.CheckFixtures.run;
import static org.budgetdesk.check.CheckFixtures.yuan;

import java.util.List;
import java.util.Locale;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.ExtraFigures;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checks see the figures the schema adds: N9 asks for a stated figure's reason, X15 adds up parts. */
class AddedFigureChecksTest {
    private FigureSchema.Installed schema;
    private Department department;
    private Unit unit;

    @BeforeEach
    void extraFigures() {
        schema = ExtraFigures.install();
        department = CheckFixtures.clean();
        unit = department.ownUnit();
    }

    @AfterEach
    void standardSchema() {
        schema.close();
    }

    private ComparedAmount figure(String key) {
        return FigureSchema.current().figure(key).compared(unit);
    }

    @Test
    void aStatedAddedFigureThatChangedWithoutAReasonIsReported() {
        figure("training").current().set(yuan("60000.00"));
        figure("training").prior().set(yuan("40000.00"));
        Finding finding = only(run(new ChangeReasonRule(), department), Severity.WARNING,
                DisclosureSection.THREE_PUBLIC, null, "training.reason");
        assertThat(finding.message()).isEqualTo("培训费为6.00万元，上年4.00万元，增减2.00万元（增减率50.00%），未填写变动原因。");
        assertThat(finding.message(Locale.ENGLISH)).startsWith("Training");

        figure("training").reason().set("新增全员轮训");
        assertThat(run(new ChangeReasonRule(), department)).isEmpty();
    }

    @Test
    void anAddedFigureThatIsNotStatedNeedsNoReason() {
        figure("meetings").current().set(yuan("60000.00"));
        assertThat(run(new ChangeReasonRule(), department)).isEmpty();
    }

    @Test
    void partsMustAddUpToTheirWholeThisYearAndLast() {
        figure("meetings").current().set(yuan("100000.00"));
        figure("meetingVenue").current().set(yuan("30000.00"));
        figure("meetingCatering").current().set(yuan("50000.00"));
        figure("meetings").prior().set(yuan("90000.00"));
        figure("meetingVenue").prior().set(yuan("90000.00"));

        List<Finding> findings = run(new FigurePartsRule(), department);

        assertThat(findings).extracting(Finding::message).containsExactly(
                "会议费的本年数为10.00万元，而其组成部分会议场地费、会议伙食费之和为8.00万元，相差2.00万元。");
        assertThat(findings.get(0).location().field()).isEqualTo("meetings");
        figure("meetingCatering").current().set(yuan("70000.00"));
        assertThat(run(new FigurePartsRule(), department)).isEmpty();
    }

    @Test
    void aSubtotalPublishedWithoutItsPartsOrOverAnUnpublishedPriorIsNotChecked() {
        figure("meetings").current().set(yuan("100000.00"));
        figure("meetings").prior().set(null);
        figure("meetingVenue").prior().set(yuan("1000.00"));
        assertThat(run(new FigurePartsRule(), department)).isEmpty();
    }

    @Test
    void countsAddUpToo() {
        try (FigureSchema.Installed ignored = FigureSchema.use(FigureSchema.current().with("""
                rooms | OTHER | COUNT | - | - | 用房间数 | Rooms
                offices | OTHER | COUNT | - | rooms | 办公用房间数 | Offices
                """, "test"))) {
            Department withRooms = CheckFixtures.clean();
            FigureSchema.current().figure("rooms").count(withRooms.ownUnit()).set(3);
            FigureSchema.current().figure("offices").count(withRooms.ownUnit()).set(5);
            assertThat(run(new FigurePartsRule(), withRooms)).extracting(Finding::message)
                    .containsExactly("用房间数的本年数为3，而其组成部分办公用房间数之和为5，相差2。");
        }
    }
}
