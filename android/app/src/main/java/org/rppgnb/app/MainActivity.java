package org.rppgnb.app;

import android.content.Intent;
import android.content.SharedPreferences;
import android.os.Bundle;
import android.widget.CheckBox;
import android.widget.EditText;
import android.widget.RadioGroup;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;
import org.rppgnb.core.Profile;
import org.rppgnb.core.RppgException;
import org.rppgnb.core.Session;

/** User-info screen (paper §3.3, Fig. 4a): name, age, sex and state, validated by org.rppgnb.core.Profile; and the quality gate
 *  (default, or the strict one: fewer, closer answers, as `rppg-nb measure --strict`). */
public class MainActivity extends AppCompatActivity {
    static final String EXTRA_NAME = "name", EXTRA_AGE = "age", EXTRA_SEX = "sex", EXTRA_STATE = "state", EXTRA_GATE = "gate";

    private EditText name, age;
    private RadioGroup sex, state;
    private TextView error;
    private CheckBox strict;

    @Override protected void onCreate(Bundle b) {
        super.onCreate(b);
        setContentView(R.layout.activity_main);
        name = findViewById(R.id.name); age = findViewById(R.id.age);
        sex = findViewById(R.id.sex); state = findViewById(R.id.state); error = findViewById(R.id.error);
        strict = findViewById(R.id.strict);
        SharedPreferences prefs = getPreferences(MODE_PRIVATE);
        name.setText(prefs.getString(EXTRA_NAME, ""));
        age.setText(prefs.getString(EXTRA_AGE, ""));
        sex.check("male".equals(prefs.getString(EXTRA_SEX, "")) ? R.id.male : R.id.female);
        state.check("exercise".equals(prefs.getString(EXTRA_STATE, "")) ? R.id.exercise : R.id.rest);
        strict.setChecked("strict".equals(prefs.getString(EXTRA_GATE, "default")));
        findViewById(R.id.measure).setOnClickListener(v -> open(MeasureActivity.class));
        findViewById(R.id.history).setOnClickListener(v -> open(HistoryActivity.class));
    }

    private void open(Class<?> screen) {
        Profile p;
        try {
            int a;
            try { a = Integer.parseInt(age.getText().toString().trim()); }
            catch (NumberFormatException e) { throw RppgException.invalidProfile("age '" + age.getText() + "' is not a whole number"); }
            p = new Profile(name.getText().toString(), a,
                    sex.getCheckedRadioButtonId() == R.id.male ? "male" : "female",
                    state.getCheckedRadioButtonId() == R.id.exercise ? "exercise" : "rest");
        } catch (RppgException e) {
            error.setText(e.getMessage());
            return;
        }
        error.setText("");
        String gate = strict.isChecked() ? "strict" : "default";
        getPreferences(MODE_PRIVATE).edit().putString(EXTRA_NAME, p.name).putString(EXTRA_AGE, String.valueOf(p.age))
                .putString(EXTRA_SEX, p.sex).putString(EXTRA_STATE, p.state).putString(EXTRA_GATE, gate).apply();
        startActivity(put(new Intent(this, screen), p).putExtra(EXTRA_GATE, gate));
    }

    static Intent put(Intent i, Profile p) {
        return i.putExtra(EXTRA_NAME, p.name).putExtra(EXTRA_AGE, p.age).putExtra(EXTRA_SEX, p.sex).putExtra(EXTRA_STATE, p.state);
    }

    static Session.QualityGate gateOf(Intent i) {
        String g = i.getStringExtra(EXTRA_GATE);
        return Session.QualityGate.named(g == null ? "default" : g);
    }

    static Profile profileOf(Intent i) {
        return new Profile(i.getStringExtra(EXTRA_NAME), i.getIntExtra(EXTRA_AGE, 0), i.getStringExtra(EXTRA_SEX), i.getStringExtra(EXTRA_STATE));
    }
}
