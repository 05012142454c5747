package vn.motcua.sync;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * How the sandbox portal of this node behaves: {@code UP}; {@code DOWN} (answers 503,
 * stores nothing, as a portal under maintenance); {@code ACK_LOST} (stores, then answers
 * 503, as when the acknowledgement is lost on the way back).
 */
@Component
@ConditionalOnProperty("motcua.national-sync.sandbox.enabled")
class SandboxSwitch {

	enum Mode {

		UP, DOWN, ACK_LOST

	}

	private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.UP);

	Mode mode() {
		return this.mode.get();
	}

	void set(Mode mode) {
		this.mode.set(mode);
	}

}
