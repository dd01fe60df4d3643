import { h, clear, field } from '../dom.js';
import { formCard } from '../formCard.js';
import { mapLimit } from '../api.js';
import { describeError } from '../lib/errors.js';
import { teamBody, requestedRoles } from '../lib/forms.js';

const PER_PAGE = 20;
const ACCESS = [['', 'As its definition'], ['PUBLIC', 'Public'], ['PROTECTED', 'Protected'], ['PRIVATE', 'Private']];

/** The teams a page at a time, and a new team from one of the game's team definitions. */
export async function teamsView(ctx) {
  const { api, root } = ctx;
  const status = h('p', { role: 'status', class: 'muted', id: 'teams-status' }, 'Loading teams…');
  const tbody = h('tbody');
  const info = h('span', { class: 'muted', 'aria-live': 'polite' });
  const prev = h('button', { type: 'button' }, '← Previous');
  const next = h('button', { type: 'button' }, 'Next →');
  let skip = 0;
  let notice = '';

  const definitions = (await api.teamDefinitions()).data;
  const definition = field({ name: 'definition', label: 'Kind of team', control: 'select', required: true,
    options: definitions.map((d) => [d.id, d.name]), hint: definitions.length ? null : 'No kind of team is defined yet: define one with PUT /v2/admin/definitions/teams/{id}.' });
  const form = formCard({
    id: 'team-form', title: 'New team', button: 'Create team',
    fields: [field({ name: 'name', label: 'Name', required: true }), definition,
      field({ name: 'id', label: 'Id (optional: generated)', attrs: { spellcheck: 'false' } }),
      field({ name: 'access', label: 'Access', control: 'select', options: ACCESS, hint: 'No stricter than its kind allows.' })],
    send: (values) => api.createTeam(teamBody(values)),
    sent: async (team, sentForm) => {
      notice = `Created team ${team.name} (${team.id}).`;
      sentForm.reset();
      await load();
    },
  });

  async function load() {
    let page;
    try {
      page = await api.teams({ skip, limit: PER_PAGE });
    } catch (err) {
      status.textContent = describeError(err);
      return;
    }
    clear(tbody).append(...page.data.map((team) => h('tr', { dataset: { team: team.id } },
      h('th', { scope: 'row' }, h('a', { href: `#/teams/${encodeURIComponent(team.id)}` }, team.name)),
      h('td', {}, team.id), h('td', {}, team.definition.name), h('td', {}, team.access),
      h('td', {}, team.owner ? team.owner.alias : '—'))));
    status.textContent = page.data.length ? notice : 'No teams yet.';
    info.textContent = page.data.length ? `${skip + 1}–${skip + page.data.length} of ${page.total} teams` : '';
    prev.disabled = skip === 0;
    next.disabled = skip + page.data.length >= page.total;
  }
  prev.addEventListener('click', () => { skip = Math.max(0, skip - PER_PAGE); load(); });
  next.addEventListener('click', () => { skip += PER_PAGE; load(); });

  root.append(h('h1', {}, 'Teams'), status,
    h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'teams-table' },
      h('caption', { class: 'sr-only' }, 'Teams'),
      h('thead', {}, h('tr', {}, ['Name', 'Id', 'Kind', 'Access', 'Owner'].map((t) => h('th', { scope: 'col' }, t)))), tbody)),
    h('div', { class: 'pager' }, prev, info, next), form);
  await load();
}

/** Role checkboxes, one per role the team's kind has, ticked for `held`. */
function roleChecks(roles, held, name) {
  return h('fieldset', { class: 'roles' }, h('legend', { class: 'sr-only' }, name),
    roles.map((role) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', value: role, checked: held.includes(role), dataset: { role } }), ` ${role}`)));
}

function ticked(fieldset) {
  return [...fieldset.querySelectorAll('input:checked')].map((input) => input.value);
}

/** One team: its members and their roles, adding and removing a member, ownership, and disbanding it. */
export async function teamView(ctx, teamId) {
  const { api, root } = ctx;
  const status = h('p', { role: 'status', class: 'muted', id: 'team-status' });
  const summary = h('dl', { class: 'summary', id: 'team-summary' });
  const tbody = h('tbody');
  const heading = h('h1', {});
  let team;

  async function act(work, done) {
    try {
      await work();
      status.textContent = done;
      await load();
    } catch (err) {
      status.textContent = describeError(err);
    }
  }

  function memberRow(member, roles) {
    const checks = roleChecks(team.roles, roles, `Roles of ${member.alias}`);
    const save = h('button', { type: 'button' }, 'Save roles');
    save.addEventListener('click', () => act(() => api.setTeamRoles(teamId,
      { player_id: member.id, requested_roles: requestedRoles(team.roles, ticked(checks)) }), `Saved the roles of ${member.id}.`));
    const remove = h('button', { type: 'button' }, 'Remove');
    remove.addEventListener('click', () => act(() => api.leaveTeam(teamId, member.id), `${member.id} left the team.`));
    const owner = h('button', { type: 'button', disabled: Boolean(team.owner && team.owner.id === member.id) }, 'Make owner');
    owner.addEventListener('click', () => act(() => api.transferTeam(teamId, { id: member.id }), `${member.id} owns the team now.`));
    return h('tr', { dataset: { member: member.id } },
      h('th', { scope: 'row' }, h('a', { href: `#/players/${encodeURIComponent(member.id)}` }, member.alias)),
      h('td', {}, member.id), h('td', {}, checks, save), h('td', {}, owner, ' ', remove));
  }

  async function load() {
    team = await api.getTeam(teamId);
    heading.textContent = `${team.name} (${team.id})`;
    clear(summary).append(
      h('dt', {}, 'Kind'), h('dd', {}, team.definition.name),
      h('dt', {}, 'Access'), h('dd', {}, team.access),
      h('dt', {}, 'Owner'), h('dd', { id: 'team-owner' }, team.owner ? `${team.owner.alias} (${team.owner.id})` : 'nobody'),
      h('dt', {}, 'Members'), h('dd', { id: 'team-total' }, `${team.total_members} (${team.member_count.map((c) => `${c.name}: ${c.count}`).join(', ')})`));
    // A member's roles are in their profile: a few at a time, as the API throttles each token.
    const members = (await api.teamMembers(teamId, { skip: 0, limit: 100 })).data;
    const profiles = await mapLimit(members, 4, (member) => api.getPlayer(member.id));
    clear(tbody).append(...members.map((member, i) => memberRow(member,
      (profiles[i].teams.find((t) => t.id === teamId) || { roles: [] }).roles)));
  }

  const join = formCard({
    id: 'join-form', title: 'Add a member', button: 'Add member',
    fields: [field({ name: 'player_id', label: 'Player id', required: true, attrs: { spellcheck: 'false' } })],
    send: (values) => api.joinTeam(teamId, { player_id: values.player_id.trim(),
      requested_roles: Object.fromEntries(ticked(join.querySelector('fieldset.roles')).map((role) => [role, true])) }),
    sent: async (granted, sentForm) => {
      status.textContent = `Added with ${Object.keys(granted).join(', ')}.`;
      sentForm.reset();
      await load();
    },
  });
  const disband = h('button', { type: 'button', class: 'danger', id: 'disband' }, 'Disband team');
  disband.addEventListener('click', async () => {
    if (!window.confirm(`Disband ${team.name}? Every member leaves it, and the team is gone.`)) return;
    try {
      await api.deleteTeam(teamId);
      window.location.hash = '#/teams';
    } catch (err) {
      status.textContent = describeError(err);
    }
  });

  await load();
  join.querySelector('.grid').append(roleChecks(team.roles, [], 'Roles of the new member'));
  root.append(h('p', {}, h('a', { href: '#/teams' }, '← Teams')), heading, status, summary,
    h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'members-table' },
      h('caption', {}, 'Members'),
      h('thead', {}, h('tr', {}, ['Alias', 'Id', 'Roles', 'Action'].map((t) => h('th', { scope: 'col' }, t)))), tbody)),
    join, h('div', { class: 'actions' }, disband));
}
