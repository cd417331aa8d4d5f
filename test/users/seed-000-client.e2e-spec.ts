import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, signedInSuperAdmin } from '../support/factories.js';

/**
 * Seed 000's own `UserService` class, as its documentation writes it (only the base URL differs):
 * a client written against the seed must work with this server unmodified.
 */
class UserService {
  private baseUrl: string;
  private accessToken: string;

  constructor(baseUrl: string, accessToken: string) {
    this.baseUrl = baseUrl;
    this.accessToken = accessToken;
  }

  async getUsers(filters: any = {}): Promise<any> {
    const params = new URLSearchParams();
    Object.entries(filters).forEach(([key, value]) => {
      if (value !== undefined && value !== null) {
        if (Array.isArray(value)) {
          value.forEach((v) => params.append(`${key}[]`, v));
        } else {
          params.append(key, String(value));
        }
      }
    });
    const response = await fetch(`${this.baseUrl}/users?${params}`, {
      headers: {
        Authorization: `Bearer ${this.accessToken}`,
        'Content-Type': 'application/json',
      },
    });
    if (!response.ok) {
      throw new Error(`Failed to fetch users: ${response.statusText}`);
    }
    return response.json();
  }

  async updateUser(userId: string, data: any): Promise<any> {
    const response = await fetch(`${this.baseUrl}/users/${userId}`, {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${this.accessToken}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(data),
    });
    if (!response.ok) {
      throw new Error(`Failed to update user: ${response.statusText}`);
    }
    return response.json();
  }

  async deleteUser(userId: string): Promise<any> {
    const response = await fetch(`${this.baseUrl}/users/${userId}`, {
      method: 'DELETE',
      headers: {
        Authorization: `Bearer ${this.accessToken}`,
      },
    });
    if (!response.ok) {
      throw new Error(`Failed to delete user: ${response.statusText}`);
    }
    return response.json();
  }
}

let t: TestApp;
let client: UserService;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  client = new UserService(`http://127.0.0.1:${port}`, (await signedInSuperAdmin(t)).accessToken);
});
afterAll(() => t.close());

describe("seed 000's UserService", () => {
  it('lists with filters and arrays (roles[]=...), updates and deletes', async () => {
    const tag = `Client${Date.now() % 100000}`;
    const moderator = await createUser(t, { lastName: tag, roles: ['moderator'] });
    const viewer = await createUser(t, { lastName: tag, roles: ['viewer'] });
    await createUser(t, { lastName: tag, roles: ['user'], isActive: false });

    const page = await client.getUsers({ lastName: tag, roles: ['moderator', 'viewer'], isActive: true, page: 1, limit: 10, sortBy: 'createdAt', sortOrder: 'asc' });
    expect(page.users.map((u: { id: string }) => u.id)).toEqual([moderator.user.id, viewer.user.id]);
    expect(page.pagination).toEqual({ page: 1, limit: 10, total: 2, totalPages: 1, hasNext: false, hasPrev: false });

    const updated = await client.updateUser(viewer.user.id, { firstName: 'Renamed', roles: ['user'], isEmailVerified: true });
    expect(updated).toMatchObject({ id: viewer.user.id, firstName: 'Renamed', roles: ['user'] });

    expect(await client.deleteUser(viewer.user.id)).toEqual({ message: 'User deleted successfully' });
    const after = await client.getUsers({ lastName: tag });
    expect(after.pagination.total).toBe(2);
    await expect(client.deleteUser(viewer.user.id)).rejects.toThrow('Failed to delete user');
  });
});
