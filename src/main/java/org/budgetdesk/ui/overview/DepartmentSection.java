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
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DepartmentKind;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.FieldCommit;

/** The department's fields: name, 主管部门, budget year, kind, comparison basis, and its note (read-only). */
final class DepartmentSection {
    private final Document document;
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
        message.setId("departmentMessage");
        message.setStyle(OverviewView.WARNING_STYLE);
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        grid.add(message, 0, row++, 2, 1);
        TextArea note = new TextArea();
        note.setId("departmentNote");
        note.setEditable(false);
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setAccessibleText(messages.get("overview.department.note"));
        note.textProperty().bind(viewModel.department(Department::note));
        place("overview.department.note", note);
        GridPane.setHgrow(note, Priority.ALWAYS);
    }

    Node node() {
        return new VBox(grid);
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
                return constant == null ? "" : messages.of(constant);
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
