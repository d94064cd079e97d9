package nl.cultuurschakel.binnenbuiten.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

	@Query("select u from UserAccount u where lower(u.username) = lower(:username)")
	Optional<UserAccount> findByUsername(@Param("username") String username);

	@Query("select count(u) > 0 from UserAccount u where lower(u.username) = lower(:username)")
	boolean existsByUsername(@Param("username") String username);

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.account.StaffMember(u.id, u.displayName, u.role)
			from UserAccount u where u.enabled and u.role in :roles order by lower(u.displayName)
			""")
	List<StaffMember> findStaff(@Param("roles") Collection<Role> roles);

	/**
	 * Counts a failed log-in in one statement, so parallel attempts cannot lose a count.
	 * A lock that has run out starts a fresh count; the fifth failure in a row locks the
	 * account until {@code lockUntil}.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = """
			update account_user
			   set failed_logins = case when locked_until is not null and locked_until <= :now
			                            then 1 else failed_logins + 1 end,
			       locked_until = case when locked_until is not null and locked_until <= :now then null
			                           when failed_logins + 1 >= :maxFailures then :lockUntil
			                           else locked_until end
			 where lower(username) = lower(:username)
			   and (locked_until is null or locked_until <= :now)
			""", nativeQuery = true)
	int recordFailedLogin(@Param("username") String username, @Param("now") Instant now,
			@Param("lockUntil") Instant lockUntil, @Param("maxFailures") int maxFailures);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = """
			update account_user set failed_logins = 0, locked_until = null
			 where lower(username) = lower(:username) and (failed_logins > 0 or locked_until is not null)
			""", nativeQuery = true)
	int recordSuccessfulLogin(@Param("username") String username);

}
