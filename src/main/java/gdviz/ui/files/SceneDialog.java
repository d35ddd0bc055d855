package gdviz.ui.files;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Asks a new scene's title and note; the title may not be empty. Gives {title, note}. */
final class SceneDialog extends Dialog<String[]> {
  SceneDialog(String suggestedTitle) {
    setTitle("Add this as a scene");
    setHeaderText("The window as it is now becomes a scene of the lesson, after the one shown.");
    TextField title = new TextField(suggestedTitle);
    title.setId("sceneTitleField");
    TextArea note = new TextArea();
    note.setId("sceneNoteField");
    note.setPrefRowCount(3);
    note.setWrapText(true);
    note.setPromptText("a short note for the class (optional)");
    getDialogPane().setContent(new VBox(6, new Label("Title"), title, new Label("Note"), note));
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(title.textProperty().isEmpty());
    setResultConverter(b -> b == ButtonType.OK ? new String[] {title.getText().strip(), note.getText().strip()} : null);
  }
}
