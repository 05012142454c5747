/*
 * motcua: Tasklist shows "Bắt đầu quy trình" and "Tạo công việc" only to users whom the engine
 * lets start a process or create a task (administrators). Officers may do neither: dossiers start
 * from the counter or the portal, and their tasks come from the flows. The engine refuses them
 * anyway; this keeps the buttons from inviting them (styles/user-styles.css hides both until the
 * engine says yes). Rendered in the navbar, hence again after every login.
 */
const CHECKS = [
  { css: 'motcua-may-start-process', permission: 'CREATE', resource: 'ProcessInstance', type: 8 },
  { css: 'motcua-may-create-task', permission: 'CREATE', resource: 'Task', type: 7 }
];

async function authorized(engineApi, check) {
  const query = new URLSearchParams({
    permissionName: check.permission,
    resourceName: check.resource,
    resourceType: String(check.type)
  });
  const answer = await fetch(`${engineApi}/authorization/check?${query}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  return answer.ok && (await answer.json()).authorized === true;
}

export default {
  id: 'motcua-officer-actions',
  pluginPoint: 'tasklist.navbar.action',
  priority: -1000,
  render: (node, { api }) => {
    CHECKS.forEach((check) => {
      document.body.classList.remove(check.css);
      authorized(api.engineApi, check)
        .then((yes) => document.body.classList.toggle(check.css, yes))
        .catch(() => document.body.classList.remove(check.css));
    });
  }
};
