/** The most used passwords (of at least 8 characters) from public breach lists; refused at sign-up and change. */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '12345678', '123456789', '1234567890', '123123123', '11111111', '00000000', '88888888', '87654321',
  '12341234', '11223344', '12121212', '123qweasd', '1qaz2wsx', '1q2w3e4r', '1q2w3e4r5t', 'q1w2e3r4',
  'qwertyui', 'qwertyuiop', 'qwerty123', 'qwerty12', 'qwerty1234', 'asdfghjkl', 'asdfasdf', 'zxcvbnm1',
  'password', 'password1', 'password12', 'password123', 'password1234', 'passw0rd', 'p@ssw0rd', 'p@ssword',
  'iloveyou', 'iloveyou1', 'sunshine', 'princess', 'football', 'baseball', 'welcome1', 'welcome123',
  'abc12345', 'abcd1234', 'abcdefgh', 'admin123', 'administrator', 'letmein1', 'trustno1', 'superman',
  'starwars', 'whatever', 'computer', 'michelle', 'jennifer', 'jordan23', 'liverpool', 'chelsea1',
  'charlie1', 'monkey12', 'dragon12', 'master12', 'mustang1', 'shadow12', 'freedom1', 'internet',
  'samsung1', 'changeme', 'changeme1', 'secret123', 'default1', 'testtest', 'test1234', 'temp1234',
  'mypassword', 'newpassword', 'qazwsxedc', 'zaq12wsx', 'aa123456', 'a1234567', 'a12345678', 'q1234567',
  'football1', 'baseball1', 'princess1', 'sunshine1', '987654321', '147258369', '123654789', '159753456',
  '7777777', '77777777', '99999999', '55555555', '66666666', '22222222', '33333333', '44444444',
  'letmein123', 'welcome12', 'hello123', 'hello1234', 'killer12', 'pokemon1', 'batman12', 'spiderman',
  'blink182', 'michael1', 'jessica1', 'ashley12', 'daniel12', 'matthew1', 'thomas12', 'jonathan',
  'qwer1234', 'asdf1234', 'zxcv1234', '1234qwer', '1234abcd', 'abc123456', 'abcd12345', 'iloveu12',
  'lovely12', 'loveyou1', 'fuckyou1', 'babygirl', 'butterfly', 'chocolate', 'elephant', 'snoopy12',
  'passpass', 'password!', 'password1!', 'qwerty!@#',
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}
