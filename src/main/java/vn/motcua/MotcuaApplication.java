package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MotcuaApplication {

	public static void main(String[] args) {
		SpringApplication.run(MotcuaApplication.class, args);
	}

}
