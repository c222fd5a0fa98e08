package org.rppgnb.core;

/** One-line error "problem — fix", mirroring rppg_nb.core.RppgError and its subclasses (kind = Python class name). */
public class RppgException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final String kind, problem, fix;

    public RppgException(String kind, String problem, String fix) {
        super(problem + " — " + fix);
        this.kind = kind; this.problem = problem; this.fix = fix;
    }

    public static RppgException badSignal(String problem) {
        return new RppgException("BadSignal", problem, "pass a finite, non-constant 1-D signal of at least a few seconds at a known sampling rate");
    }
    public static RppgException badSignal(String problem, String fix) { return new RppgException("BadSignal", problem, fix); }
    public static RppgException noFace(String problem) {
        return new RppgException("NoFaceFound", problem, "face the camera in good light, with the whole face inside the frame");
    }
    public static RppgException invalidProfile(String problem) {
        return new RppgException("InvalidProfile", problem, "give age 1–120, sex 'female' or 'male', state 'rest' or 'exercise'");
    }
    public static RppgException badConfig(String problem) { return new RppgException("BadConfig", problem, "use a value in the documented range"); }

    /** "Kind: problem — fix", as the CLI prints it. */
    public String oneLine() { return kind + ": " + getMessage(); }
}
