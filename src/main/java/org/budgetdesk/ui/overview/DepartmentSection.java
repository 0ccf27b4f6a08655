package org.budgetdesk.ui.overview;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DepartmentKind;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.FieldCommit;

/**
 * The department's fields: name, 主管部门, budget year, kind, comparison basis (and the sections that compare on
 * their own basis), and its note.
 */
final class DepartmentSection {
    private final Document document;
    /** Sections documents often compare on another basis: “三公” and 机关运行经费 against last year's 决算. */
    private static final DisclosureSection[] OWN_BASIS_SECTIONS = {DisclosureSection.THREE_PUBLIC,
        DisclosureSection.OTHER};
    /** The choice boxes' width when the page is as narrow as it gets; they fill the field column. */
    private static final double CHOICE_WIDTH = 160;
    private final OverviewViewModel viewModel;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final Label message = new Label();
    private int row;

    DepartmentSection(Document document, OverviewViewModel viewModel, Messages messages) {
        this.document = document;
        this.viewModel = viewModel;
        this.messages = messages;
        grid.setHgap(10);
        grid.setVgap(8);
        text("departmentName", "overview.department.name", viewModel.department(Department::name),
                viewModel::setName);
        text("parentDepartment", "overview.department.parent", viewModel.department(Department::parentDepartment),
                viewModel::setParentDepartment);
        TextField year = text("budgetYear", "overview.department.year",
                viewModel.department(Department::budgetYear).map(String::valueOf), viewModel::setBudgetYear);
        year.setMaxWidth(90);
        choice("departmentKind", "overview.department.kind", DepartmentKind.values(),
                viewModel.department(Department::kind), viewModel::setKind);
        choice("comparisonBasis", "overview.department.basis", ComparisonBasis.values(),
                viewModel.department(Department::comparisonBasis), viewModel::setComparisonBasis);
        for (DisclosureSection section : OWN_BASIS_SECTIONS) {
            choice("comparisonBasis" + section.name(), "overview.department.basis." + section.name(),
                    withSameAsDepartment(), viewModel.sectionBasis(section),
                    basis -> viewModel.setSectionBasis(section, basis));
        }
        message.setId("departmentMessage");
        message.setStyle(OverviewView.WARNING_STYLE);
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        grid.add(message, 0, row++, 2, 1);
        TextArea note = new TextArea();
        note.setId("departmentNote");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setAccessibleText(messages.get("overview.department.note"));
        note.disableProperty().bind(document.readOnlyProperty());
        FieldCommit.install(note, viewModel.department(Department::note), viewModel::setNote).messageProperty()
                .addListener((obs, before, after) -> message.setText(after));
        place("overview.department.note", note);
        GridPane.setHgrow(note, Priority.ALWAYS);
    }

    Node node() {
        return new VBox(grid);
    }

    /** The bases a section may have: none of its own (follow the department), or one of the three. */
    private static ComparisonBasis[] withSameAsDepartment() {
        ComparisonBasis[] values = new ComparisonBasis[ComparisonBasis.values().length + 1];
        System.arraycopy(ComparisonBasis.values(), 0, values, 1, ComparisonBasis.values().length);
        return values;
    }

    private TextField text(String id, String key, ObservableValue<String> value, Function<String, String> commit) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(messages.get(key));
        field.disableProperty().bind(document.readOnlyProperty());
        FieldCommit.install(field, value, commit).messageProperty()
                .addListener((obs, before, after) -> message.setText(after));
        place(key, field);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private <E extends Enum<E>> void choice(String id, String key, E[] values, ObservableValue<E> value,
                                            Function<E, String> commit) {
        ChoiceBox<E> box = new ChoiceBox<>();
        box.setId(id);
        box.setAccessibleText(messages.get(key));
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E constant) {
                return constant == null ? messages.get("overview.department.basis.same") : messages.of(constant);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        box.setValue(value.getValue());
        value.addListener((obs, before, after) -> box.setValue(after));
        box.valueProperty().addListener((obs, before, after) -> {
            String refusal = commit.apply(after);
            message.setText(refusal == null ? "" : refusal);
        });
        box.disableProperty().bind(document.readOnlyProperty());
        // As wide as the column, from a width given here: a choice box that measures itself styles its whole drop-down
        // menu to do so, which cost the first window about 10 ms a box (README, "The first window, fifth round").
        box.setPrefWidth(CHOICE_WIDTH);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setMaxWidth(Double.MAX_VALUE);
        place(key, box);
    }

    private void place(String key, Control control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(control, 1, row++);
    }
}
