//! The loopback server both clients call: HTTP/1.1 keep-alive on 127.0.0.1, every request
//! answered with the seed reply of CreateTask. The last request is kept for the check that both
//! clients send the same thing. Its threads end with the process.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

const REPLY_BODY: &str = r#"{"result":{"taskId":"62a697c053c2ef5xxxxxx","content":"任务标题","involveMembers":["173xxxx"],"projectId":"62c25e3b376ecxxxxxx","executorId":"173xxxx","creatorId":"173xxxxx","created":"2021-08-13T07:36:50.318Z","updated":"2021-08-13T07:36:50.318Z","note":"我是一条备注","dueDate":"2022-08-13T07:36:50.318Z","priority":-10,"customfields":[{"customfieldId":"625bcxdxxxxxx","value":[{"title":"我是自定义字段显示值"}]}]}}"#;

#[derive(Clone, Default)]
pub struct Request {
    pub head_line: String,
    pub body: Vec<u8>,
}

impl Request {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
}

pub struct Server {
    pub address: SocketAddr,
    last: Arc<Mutex<Request>>,
}

impl Server {
    pub fn last_request(&self) -> Request {
        self.last.lock().expect("not poisoned").clone()
    }
}

pub fn start() -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let address = listener.local_addr().expect("its address");
    let last = Arc::new(Mutex::new(Request::default()));
    let shared = Arc::clone(&last);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let last = Arc::clone(&shared);
            std::thread::spawn(move || serve(stream, &last));
        }
    });
    Server { address, last }
}

fn serve(stream: TcpStream, last: &Mutex<Request>) {
    let _ = stream.set_nodelay(true);
    let reply = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-acs-request-id: BENCH-1\r\ncontent-length: {}\r\n\r\n{REPLY_BODY}",
        REPLY_BODY.len()
    );
    let mut writer = match stream.try_clone() {
        Ok(writer) => writer,
        Err(_) => return,
    };
    let mut reader = BufReader::new(stream);
    loop {
        let mut head_line = String::new();
        if reader.read_line(&mut head_line).unwrap_or(0) == 0 {
            return;
        }
        let mut length = 0;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            if line == "\r\n" {
                break;
            }
            if let Some((name, value)) = line.split_once(':')
                && name.eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse().unwrap_or(0);
            }
        }
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        *last.lock().expect("not poisoned") = Request {
            head_line: head_line.trim_end().to_owned(),
            body,
        };
        if writer.write_all(reply.as_bytes()).is_err() {
            return;
        }
    }
}
