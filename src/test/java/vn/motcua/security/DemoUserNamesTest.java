package vn.motcua.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo users carry the full names of {@code demo-officers.yaml} in Camunda, where
 * Tasklist and the printed forms read them; a demo database made before the names existed
 * gets them at the next start, and a name an administrator gave is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.job-execution.enabled=false")
class DemoUserNamesTest {

	@Autowired
	IdentityService identity;

	@Autowired
	IdentitySeeder seeder;

	@Autowired
	OfficerNames names;

	@Test
	void givenTheDemoUsers_thenCamundaKnowsTheirFullNames() {
		User officer = this.identity.createUserQuery().userId("so-tu-phap.chuyen-vien").singleResult();

		assertThat(officer.getFirstName()).isEqualTo("Hoàng Minh");
		assertThat(officer.getLastName()).isEqualTo("Tuấn");
		assertThat(this.names.fullName("so-tu-phap.chuyen-vien")).isEqualTo("Hoàng Minh Tuấn");
		assertThat(this.names.fullName("he-thong")).isEqualTo("Hệ thống");
		assertThat(this.names.fullName("nobody-known")).isEqualTo("nobody-known");
	}

	@Test
	void givenAPlaceholderNameFromAnEarlierVersion_whenSeededAgain_thenTheFullNameReplacesIt() {
		rename("so-y-te.lanh-dao", "Lãnh đạo", "Sở Y tế tỉnh Bắc Ninh");
		rename("so-y-te.chuyen-vien", "Nguyễn Văn", "Khác");
		try {
			this.seeder.afterSingletonsInstantiated();

			assertThat(this.names.fullName("so-y-te.lanh-dao")).isEqualTo("Cao Văn Dũng");
			assertThat(this.names.fullName("so-y-te.chuyen-vien")).isEqualTo("Nguyễn Văn Khác");
		}
		finally {
			// The context is shared with other tests: leave the demo name as it was.
			rename("so-y-te.chuyen-vien", "Lương Thị Minh", "Châu");
		}
	}

	private void rename(String id, String first, String last) {
		User user = this.identity.createUserQuery().userId(id).singleResult();
		user.setFirstName(first);
		user.setLastName(last);
		this.identity.saveUser(user);
	}

}
